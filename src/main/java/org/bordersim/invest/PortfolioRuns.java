package org.bordersim.invest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bordersim.metrics.Metric;

/**
 * Every recorded value of a portfolio's runs (the first stage's, the search's, then each selection
 * round's), by portfolio, replication and output. Only evaluated portfolios take memory, so a
 * search over millions of possible portfolios keeps only the few thousand it ran. A failed run,
 * an output undefined in a run, or a replication never run is NaN (left out of every pair it
 * belongs to).
 */
public final class PortfolioRuns {
    private final List<Metric> outputs;
    private final int replications;
    private final Map<Integer, double[][]> values = new TreeMap<>();
    private int failed;

    private PortfolioRuns(List<Metric> outputs, int replications) {
        this.outputs = List.copyOf(outputs);
        this.replications = replications;
    }

    /** No value recorded yet, room for {@code replications} of each portfolio. */
    public static PortfolioRuns empty(List<Metric> outputs, int replications) {
        return new PortfolioRuns(outputs, replications);
    }

    /**
     * Adds the rows of one stage's runs.csv: point k of that sweep is portfolio {@code portfolioOfPoint[k]}
     * (null: point k is portfolio k), and its replication r is replication {@code offset + r} here.
     */
    public PortfolioRuns add(Path runsCsv, int[] portfolioOfPoint, int offset) throws IOException {
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord r : csv) {
                int point = Integer.parseInt(r.get("point"));
                int p = portfolioOfPoint == null ? point : portfolioOfPoint[point];
                int rep = offset + Integer.parseInt(r.get("replication"));
                if (!"ok".equals(r.get("status"))) {
                    failed++;
                    row(p);
                    continue;
                }
                for (Metric m : outputs) {
                    String cell = r.get(m.column());
                    record(p, m, rep, cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
                }
            }
        }
        return this;
    }

    private double[][] row(int portfolio) {
        return values.computeIfAbsent(portfolio, k -> {
            double[][] v = new double[outputs.size()][replications];
            for (double[] o : v) Arrays.fill(o, Double.NaN);
            return v;
        });
    }

    /** Records one value: the output of the portfolio in the replication. */
    void record(int portfolio, Metric output, int replication, double value) {
        row(portfolio)[outputs.indexOf(output)][replication] = value;
    }

    /** The output's value in each replication of the portfolio (NaN where failed, undefined or not run). A copy. */
    public double[] of(int portfolio, Metric output) {
        int o = outputs.indexOf(output);
        if (o < 0) throw new IllegalArgumentException(output + " was not recorded");
        double[][] v = values.get(portfolio);
        if (v == null) {
            double[] none = new double[replications];
            Arrays.fill(none, Double.NaN);
            return none;
        }
        return v[o].clone();
    }

    /** Whether any run of the portfolio is recorded. */
    public boolean has(int portfolio) {
        return values.containsKey(portfolio);
    }

    /** The portfolios with a recorded run, in increasing order. */
    public int[] evaluated() {
        return values.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Runs recorded as failed. */
    public int failed() {
        return failed;
    }
}
