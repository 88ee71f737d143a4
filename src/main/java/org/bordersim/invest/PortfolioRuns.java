package org.bordersim.invest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bordersim.metrics.Metric;

/**
 * Every recorded value of a portfolio's runs (the first stage's, then each selection round's), by
 * portfolio, replication and output. A replication never recorded for a portfolio is NaN too.
 * A failed run, or an output undefined in a run, is NaN (left out of every pair it belongs to).
 * Portfolios x replications x outputs is at most a few hundred thousand numbers.
 */
public final class PortfolioRuns {
    private final List<Metric> outputs;
    private final double[][][] values;
    private int failed;

    private PortfolioRuns(List<Metric> outputs, int portfolios, int replications) {
        this.outputs = List.copyOf(outputs);
        this.values = new double[portfolios][outputs.size()][replications];
        for (double[][] p : values) for (double[] o : p) Arrays.fill(o, Double.NaN);
    }

    /** No value recorded yet, room for {@code replications} of each portfolio. */
    public static PortfolioRuns empty(List<Metric> outputs, int portfolios, int replications) {
        return new PortfolioRuns(outputs, portfolios, replications);
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

    /** Records one value: the output of the portfolio in the replication. */
    void record(int portfolio, Metric output, int replication, double value) {
        values[portfolio][outputs.indexOf(output)][replication] = value;
    }

    /** The output's value in each replication of the portfolio (NaN where failed or undefined). */
    public double[] of(int portfolio, Metric output) {
        int o = outputs.indexOf(output);
        if (o < 0) throw new IllegalArgumentException(output + " was not recorded");
        return values[portfolio][o];
    }

    /** How many replications each portfolio has room for. */
    public int capacity() {
        return values.length == 0 ? 0 : values[0][0].length;
    }

    /** Runs recorded as failed. */
    public int failed() {
        return failed;
    }
}
