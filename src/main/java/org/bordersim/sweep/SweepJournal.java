package org.bordersim.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.bordersim.design.SweepParameter;
import org.bordersim.files.InputException;
import org.bordersim.files.OutputConflictException;
import org.bordersim.files.Problem;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunResult;

/**
 * A sweep's {@code runs.csv}: append-only, one line per run, written in the shard's run order
 * and flushed line by line, so the rows recorded are always a prefix of the shard's sequence.
 * Resuming counts that prefix; a last line cut short by a crash is cut off and its run done
 * again. No field ever holds a line break, so one line is one row.
 */
final class SweepJournal implements AutoCloseable {
    static final String OK = "ok";
    static final String FAILED = "failed";

    private final Writer out;
    private final int recorded;
    private final boolean repaired;

    private SweepJournal(Writer out, int recorded, boolean repaired) {
        this.out = out;
        this.recorded = recorded;
        this.repaired = repaired;
    }

    /** run, point, replication, seed, status, each parameter, each metric, crossings at each place, error. */
    public static List<String> header(Sweep sweep) {
        return header(sweep.parameters(), sweep.places());
    }

    static List<String> header(List<SweepParameter> parameters, List<String> places) {
        List<String> h = new ArrayList<>(List.of("run", "point", "replication", "seed", "status"));
        for (SweepParameter p : parameters) h.add(p.name());
        for (Metric m : Metric.values()) h.add(m.column());
        for (String place : places) h.add(Sweep.PLACE_PREFIX + place);
        h.add("error");
        return h;
    }

    /** Creates the file with its header. */
    static SweepJournal create(Path file, Sweep sweep) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        w.write(String.join(",", header(sweep)) + "\n");
        w.flush();
        return new SweepJournal(w, 0, false);
    }

    /**
     * Opens an existing file to continue it: checks the header and that the rows are the
     * shard's runs in order, and cuts off a partly written last line.
     */
    static SweepJournal resume(Path file, Sweep sweep, Shard shard) throws IOException, InputException {
        boolean repaired = cutPartialLastLine(file);
        int rows = 0;
        String expectedHeader = String.join(",", header(sweep));
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new OutputConflictException(new Problem(file.toString(), "line 1", "empty; expected the header " + expectedHeader));
            }
            if (!header.equals(expectedHeader)) {
                throw new OutputConflictException(new Problem(file.toString(), "line 1",
                        "header differs from this sweep's: the folder was written by another version of the sweep or of BorderSim; start again with another --out"));
            }
            for (String line; (line = in.readLine()) != null; rows++) {
                String wrong = rowProblem(sweep, shard, rows, line);
                if (wrong != null) {
                    throw new OutputConflictException(new Problem(file.toString(), "line " + (rows + 2),
                            wrong + "; the file was edited or damaged, or belongs to another shard: start again with --force"));
                }
            }
        }
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new SweepJournal(w, rows, repaired);
    }

    /**
     * What is wrong with row {@code q} of a shard's journal, or null: its run, point, replication,
     * seed and parameter values must be the ones the run number gives, its status ok or failed,
     * and it must have every field, each outcome a number or empty.
     */
    static String rowProblem(Sweep sweep, Shard shard, int q, String line) {
        int run = shard.run(q);
        String runText = line.substring(0, Math.max(0, line.indexOf(',')));
        if (!runText.equals(Integer.toString(run))) {
            return "expected run " + run + " of shard " + shard.index() + "/" + shard.count() + ", found '"
                    + (runText.length() > 20 ? runText.substring(0, 20) + "..." : runText) + "' (a run missing, doubled or out of order)";
        }
        String ok = start(sweep, run, OK).toString();
        String failed = start(sweep, run, FAILED).toString();
        boolean isOk = line.startsWith(ok + ",");
        if (!isOk && !line.startsWith(failed + ",")) {
            return "run " + run + " does not have the point, replication, seed, status and parameter values its run number gives";
        }
        String rest = line.substring((isOk ? ok : failed).length() + 1);
        int metrics = Metric.values().length;
        int numbers = metrics + sweep.places().size();
        String[] fields = rest.split(",", numbers + 1);
        if (fields.length != numbers + 1) return "run " + run + " has " + fields.length + " outcome fields, expected " + (numbers + 1);
        for (int i = 0; i < numbers; i++) {
            if (fields[i].isEmpty()) continue;
            if (!isOk) return "failed run " + run + " has an outcome";
            try {
                Double.parseDouble(fields[i]);
            } catch (NumberFormatException e) {
                return "run " + run + ": " + (i < metrics ? Metric.values()[i].column() : Sweep.PLACE_PREFIX + sweep.places().get(i - metrics))
                        + " is not a number";
            }
        }
        return null;
    }

    /** Removes bytes after the last line break (a row cut short by a crash). */
    private static boolean cutPartialLastLine(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long end = f.length();
            long pos = end;
            while (pos > 0) {
                f.seek(pos - 1);
                if (f.read() == '\n') break;
                pos--;
            }
            if (pos == end) return false;
            f.setLength(pos);
            return true;
        }
    }

    /** Rows already recorded: the first {@code recorded()} runs of the shard are done. */
    public int recorded() {
        return recorded;
    }

    /** True if a partly written last row was cut off when the journal was opened. */
    public boolean repaired() {
        return repaired;
    }

    /** @param places the run's map's places: its crossings are written if they are the sweep's, else left empty */
    static String okRow(Sweep sweep, int run, RunResult result, List<String> places) {
        StringBuilder sb = start(sweep, run, OK);
        for (double v : result.metrics()) sb.append(',').append(Numbers.exact(v));
        boolean same = places.equals(sweep.places());
        for (int i = 0; i < sweep.places().size(); i++) {
            sb.append(',');
            if (same) sb.append(result.crossingsByLocation()[i]);
        }
        return sb.append(",\n").toString();
    }

    static String failedRow(Sweep sweep, int run, String error) {
        StringBuilder sb = start(sweep, run, FAILED);
        for (int i = 0; i < Metric.values().length + sweep.places().size(); i++) sb.append(',');
        return sb.append(',').append(csvField(oneLine(error))).append('\n').toString();
    }

    private static StringBuilder start(Sweep sweep, int run, String status) {
        StringBuilder sb = new StringBuilder(512);
        int point = sweep.pointOf(run);
        sb.append(run).append(',').append(point).append(',').append(sweep.replicationOf(run)).append(',')
                .append(sweep.seedOf(run)).append(',').append(status);
        for (var v : sweep.values(point)) sb.append(',').append(csvField(SweepParameter.text(v)));
        return sb;
    }

    static String oneLine(String text) {
        String t = text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
        return t.length() > 500 ? t.substring(0, 497) + "..." : t;
    }

    /** RFC 4180 quoting where needed. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Appends one complete row and flushes it to the operating system. */
    void append(String row) throws IOException {
        out.write(row);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
