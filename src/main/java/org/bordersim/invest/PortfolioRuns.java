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
 * Every recorded value of a portfolio sweep's runs.csv, by portfolio, replication and output.
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

    public static PortfolioRuns read(Path runsCsv, List<Metric> outputs, int portfolios, int replications) throws IOException {
        PortfolioRuns runs = new PortfolioRuns(outputs, portfolios, replications);
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord r : csv) {
                int p = Integer.parseInt(r.get("point"));
                int rep = Integer.parseInt(r.get("replication"));
                if (!"ok".equals(r.get("status"))) {
                    runs.failed++;
                    continue;
                }
                for (int o = 0; o < outputs.size(); o++) {
                    String cell = r.get(outputs.get(o).column());
                    runs.values[p][o][rep] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                }
            }
        }
        return runs;
    }

    /** The output's value in each replication of the portfolio (NaN where failed or undefined). */
    public double[] of(int portfolio, Metric output) {
        int o = outputs.indexOf(output);
        if (o < 0) throw new IllegalArgumentException(output + " was not recorded");
        return values[portfolio][o];
    }

    /** Runs recorded as failed. */
    public int failed() {
        return failed;
    }
}
