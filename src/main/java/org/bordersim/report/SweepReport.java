package org.bordersim.report;

import static org.bordersim.report.HtmlReport.esc;

import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bordersim.design.SweepParameter;
import org.bordersim.files.Json;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.output.OutputFile;
import org.bordersim.stats.ElementaryEffects;
import org.bordersim.stats.SobolIndices;
import org.bordersim.stats.Summary;
import org.bordersim.sweep.SweepAnalysis.MainEffect;
import org.bordersim.sweep.SweepAnalysis.PointSummary;
import org.bordersim.sweep.SweepAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The analysis files of a finished sweep: points.csv (mean and CI per point), sensitivity.csv
 * (Sobol or Morris), runs.parquet, main-effect and sensitivity charts, and report.html.
 */
public final class SweepReport {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private SweepReport() {
    }

    public static void write(Path dir, SweepAnalysis a, String programVersion) throws IOException {
        Files.createDirectories(dir.resolve("charts"));
        writePoints(dir.resolve(OutputFile.POINTS.fileName()), a);
        if (a.sobol() != null || a.morris() != null) writeSensitivity(dir.resolve(OutputFile.SENSITIVITY.fileName()), a);
        // The Parquet export (DuckDB) and the charts (JFreeChart) are independent and each mostly
        // start-up cost; side by side they take one core each instead of one after the other.
        FutureTask<Void> parquet = new FutureTask<>(() -> {
            ParquetExport.write(dir.resolve(OutputFile.RUNS.fileName()), dir.resolve(OutputFile.PARQUET.fileName()), columns(a));
            return null;
        });
        Thread exporter = new Thread(parquet, "parquet-export");
        exporter.setDaemon(true);
        exporter.start();
        try {
            writeCharts(dir, a, programVersion);
        } finally {
            // The export writes into the folder, which must be quiet when this returns, even if interrupted.
            boolean interrupted = false;
            while (exporter.isAlive()) {
                try {
                    exporter.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
        try {
            parquet.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            throw new IllegalStateException("unreachable: the export has finished", e);
        }
    }

    private static void writeCharts(Path dir, SweepAnalysis a, String programVersion) throws IOException {
        List<String> mainEffectCharts = new ArrayList<>();
        List<String> sensitivityCharts = new ArrayList<>();
        for (int o = 0; o < a.sweep().outputs().size(); o++) {
            Metric m = a.sweep().outputs().get(o);
            String file = "charts/main-effects-" + m.column() + ".png";
            Charts.png(mainEffects(a, o), dir.resolve(file), Math.max(Charts.WIDTH, 260 * a.mainEffects().size()), Charts.HEIGHT);
            mainEffectCharts.add(file);
            JFreeChart sens = sensitivity(a, o);
            if (sens != null) {
                String sf = "charts/sensitivity-" + m.column() + ".png";
                Charts.png(sens, dir.resolve(sf), Charts.WIDTH, Charts.HEIGHT);
                sensitivityCharts.add(sf);
            }
        }
        List<String> interactionCharts = new ArrayList<>();
        if (InteractionMap.applies(a)) {
            for (int o = 0; o < a.sweep().outputs().size(); o++) {
                String file = "charts/interaction-" + a.sweep().outputs().get(o).column() + ".png";
                InteractionMap.png(a, o, dir.resolve(file));
                interactionCharts.add(file);
            }
        }
        writeHtml(dir, a, programVersion, mainEffectCharts, sensitivityCharts, interactionCharts);
    }

    static List<ParquetExport.Column> columns(SweepAnalysis a) {
        List<ParquetExport.Column> cols = new ArrayList<>(List.of(new ParquetExport.Column("run", "INTEGER"),
                new ParquetExport.Column("point", "INTEGER"), new ParquetExport.Column("replication", "INTEGER"),
                new ParquetExport.Column("seed", "BIGINT"), new ParquetExport.Column("status", "VARCHAR")));
        for (SweepParameter p : a.sweep().parameters()) cols.add(new ParquetExport.Column(p.name(), p.numeric() ? "DOUBLE" : "VARCHAR"));
        for (Metric m : Metric.values()) cols.add(new ParquetExport.Column(m.column(), "DOUBLE"));
        cols.add(new ParquetExport.Column("error", "VARCHAR"));
        return cols;
    }

    private static void writePoints(Path file, SweepAnalysis a) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<String> h = new ArrayList<>(List.of("point"));
            for (SweepParameter p : a.sweep().parameters()) h.add(p.name());
            h.add("runs_ok");
            h.add("runs_failed");
            for (Metric m : a.sweep().outputs()) {
                for (String s : List.of("_mean", "_ci_low", "_ci_high", "_n")) h.add(m.column() + s);
            }
            csv.printRecord(h);
            for (PointSummary p : a.points()) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(p.point()));
                for (var v : p.values()) row.add(SweepParameter.text(v));
                row.add(Integer.toString(p.ok()));
                row.add(Integer.toString(p.failed()));
                for (Summary s : p.outputs()) {
                    row.add(Numbers.exact(s.mean()));
                    row.add(Numbers.exact(s.ciLow()));
                    row.add(Numbers.exact(s.ciHigh()));
                    row.add(Long.toString(s.n()));
                }
                csv.printRecord(row);
            }
        }
    }

    private static void writeSensitivity(Path file, SweepAnalysis a) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<SweepParameter> ps = a.sweep().parameters();
            if (a.sobol() != null) {
                csv.printRecord("output", "parameter", "first_order", "first_order_ci_low", "first_order_ci_high",
                        "total", "total_ci_low", "total_ci_high");
                for (int o = 0; o < a.sobol().length; o++) {
                    if (a.sobol()[o] == null) continue;
                    for (int i = 0; i < ps.size(); i++) {
                        SobolIndices.Index x = a.sobol()[o][i];
                        csv.printRecord(a.sweep().outputs().get(o).column(), ps.get(i).name(), Numbers.exact(x.first()),
                                Numbers.exact(x.firstLow()), Numbers.exact(x.firstHigh()), Numbers.exact(x.total()),
                                Numbers.exact(x.totalLow()), Numbers.exact(x.totalHigh()));
                    }
                }
            } else {
                csv.printRecord("output", "parameter", "mu_star", "mu", "sigma", "effects");
                for (int o = 0; o < a.morris().length; o++) {
                    for (int i = 0; i < ps.size(); i++) {
                        ElementaryEffects.Effect e = a.morris()[o][i];
                        csv.printRecord(a.sweep().outputs().get(o).column(), ps.get(i).name(), Numbers.exact(e.muStar()),
                                Numbers.exact(e.mu()), Numbers.exact(e.sigma()), Long.toString(e.n()));
                    }
                }
            }
        }
    }

    /** One panel per parameter, sharing the output's axis: mean over runs at each level, 95% CI bars. */
    static JFreeChart mainEffects(SweepAnalysis a, int output) {
        Metric m = a.sweep().outputs().get(output);
        NumberAxis range = new NumberAxis(m.column() + " (" + OutcomeTable.unit(m, a.sweep().base().scenario()) + ")");
        range.setAutoRangeIncludesZero(false);
        CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(range);
        for (MainEffect e : a.mainEffects()) {
            DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
            for (int l = 0; l < e.labels().size(); l++) {
                Summary s = e.byOutput()[output][l];
                if (s.n() == 0) continue;
                data.add(s.mean(), Double.isNaN(s.halfWidth()) ? 0 : s.halfWidth(), "mean (95% CI)", e.labels().get(l));
            }
            StatisticalLineAndShapeRenderer r = new StatisticalLineAndShapeRenderer(true, true);
            r.setSeriesPaint(0, new Color(0x1f4e79));
            r.setDefaultSeriesVisibleInLegend(false);
            CategoryAxis axis = new CategoryAxis(e.parameter().name());
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            CategoryPlot sub = new CategoryPlot(data, axis, null, r);
            Charts.plain(sub);
            plot.add(sub, 1);
        }
        return Charts.chart("Main effects on " + m.column() + " (mean over all runs at each value, 95% CI)", plot, false);
    }

    /** What a reader of a sweep's sensitivity must know first. */
    public static List<String> warnings(org.bordersim.sweep.Sweep s) {
        boolean sensitivity = s.parameters().stream().anyMatch(SweepParameter::inert);
        if (!sensitivity || s.commonRandomNumbers()) return List.of();
        return List.of("warning: this sensitivity design runs every point with its own random numbers "
                + "(commonRandomNumbers is false), so run-to-run noise adds to every index; compare each index with "
                + SweepParameter.NOISE_FLOOR + "'s, or set \"commonRandomNumbers\": true");
    }

    static JFreeChart sensitivity(SweepAnalysis a, int output) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<SweepParameter> ps = a.sweep().parameters();
        String title;
        String axis;
        if (a.sobol() != null) {
            if (a.sobol()[output] == null) return null;
            for (int i = 0; i < ps.size(); i++) {
                data.addValue(a.sobol()[output][i].first(), "first-order S_i", ps.get(i).name());
                data.addValue(a.sobol()[output][i].total(), "total S_Ti", ps.get(i).name());
            }
            title = "Sobol indices of " + a.sweep().outputs().get(output).column();
            axis = "share of output variance";
        } else if (a.morris() != null) {
            for (int i = 0; i < ps.size(); i++) {
                data.addValue(a.morris()[output][i].muStar(), "mu* (influence)", ps.get(i).name());
                data.addValue(a.morris()[output][i].sigma(), "sigma (non-linearity, interactions)", ps.get(i).name());
            }
            title = "Morris elementary effects on " + a.sweep().outputs().get(output).column();
            axis = OutcomeTable.unit(a.sweep().outputs().get(output), a.sweep().base().scenario()) + " per full range of the parameter";
        } else {
            return null;
        }
        BarRenderer r = new BarRenderer();
        r.setSeriesPaint(0, new Color(0x1f4e79));
        r.setSeriesPaint(1, new Color(0x9dc3e6));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("parameter"), new NumberAxis(axis), r);
        return Charts.chart(title, plot, true);
    }

    private static void writeHtml(Path dir, SweepAnalysis a, String version, List<String> mainCharts, List<String> sensCharts,
                                  List<String> interactionCharts) throws IOException {
        var s = a.sweep();
        StringBuilder h = HtmlReport.page(s.name());
        h.append("<h1>BorderSim sweep: ").append(esc(s.name())).append("</h1>\n<p>").append(esc(s.description())).append("</p>\n");
        h.append("<p><small>Design ").append(esc(s.design().type())).append(", ").append(s.design().points()).append(" points x ")
                .append(s.replications()).append(" replications = ").append(s.runs()).append(" runs (").append(a.runsOk())
                .append(" succeeded, ").append(a.runsFailed()).append(" failed); base scenario ").append(esc(s.base().scenario().name()))
                .append(", base seed ").append(s.seed()).append(s.commonRandomNumbers() ? ", common random numbers" : "")
                .append(". BorderSim ").append(esc(version)).append(", sweep SHA-256 ").append(s.shortHash()).append("&hellip;</small></p>\n");
        if (a.runsFailed() > 0) {
            h.append("<p class=warn>").append(a.runsFailed()).append(" runs failed and are left out of every statistic; ")
                    .append("<code>failures.log</code> has their points, seeds and errors.</p>\n");
        }
        if (!interactionCharts.isEmpty()) {
            h.append("<h2>Every combination</h2>\n<p>The mean of each output at every combination of the two parameters: read along a ")
                    .append("row or down a column to see whether one lever makes up for the other. Intervals are in points.csv.</p>\n");
            for (String chart : interactionCharts) h.append(HtmlReport.img(dir.resolve(chart), "interaction grid"));
        }
        h.append("<h2>Parameters</h2>\n<table><tr><th class=l>name</th><th class=l>scenario field (JSON pointer)</th><th class=l>values</th></tr>\n");
        for (SweepParameter p : s.parameters()) {
            h.append("<tr><td class=l>").append(esc(p.name())).append("</td><td class=l>")
                    .append(p.inert() ? "(none: an inert input, the noise floor)" : "<code>" + esc(p.pointer()) + "</code>")
                    .append("</td><td class=l>").append(esc(p.isRange()
                            ? Numbers.readable(p.min()) + " to " + Numbers.readable(p.max()) + (p.integer() ? " (whole numbers)" : "")
                            : String.join(", ", p.values().stream().map(SweepParameter::text).toList()))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Main effects</h2>\n<p>Each panel shows one parameter: the mean of the output over every run ")
                .append("made at that value, whatever the other parameters were, with its 95% confidence interval. A flat ")
                .append("line means the parameter hardly matters on average; panels share the vertical axis so slopes compare.")
                .append(s.design() instanceof org.bordersim.design.FactorialDesign ? "" : " Ranges are cut into "
                        + SweepAnalysis.BINS + " equal bins, labelled by their span; a whole-number range of at most "
                        + SweepAnalysis.BINS + " values has one level per value.").append("</p>\n");
        for (String c : mainCharts) h.append(HtmlReport.img(dir.resolve(c), "main effects"));
        if (!sensCharts.isEmpty()) {
            h.append("<h2>Sensitivity</h2>\n");
            for (String w : warnings(s)) h.append("<p class=warn>").append(esc(w)).append("</p>\n");
            h.append("<p>The design includes <b>").append(SweepParameter.NOISE_FLOOR).append("</b>, an input that changes ")
                    .append("nothing in the scenario. Its indices are what run-to-run noise alone produces: a parameter whose ")
                    .append("index is not clearly above the noise floor's is not shown to matter.</p>\n");
            if (a.sobol() != null) {
                h.append("<p>Sobol indices split the variance of each output (of its mean per point) among the parameters. ")
                        .append("First-order S_i: the share due to the parameter alone. Total S_Ti: its share including every ")
                        .append("interaction; S_Ti much larger than S_i means the parameter acts together with others. ")
                        .append("Intervals: bootstrap 95% (").append(s.bootstrap()).append(" resamples). Small negative ")
                        .append("estimates are sampling noise around 0.</p>\n");
            } else {
                h.append("<p>Morris screening: mu* is the mean absolute change of the output when the parameter moves ")
                        .append("across its whole range, one parameter at a time; sigma is how much that change varies, ")
                        .append("which signals non-linearity or interactions. Parameters with small mu* can be fixed.</p>\n");
            }
            for (String c : sensCharts) h.append(HtmlReport.img(dir.resolve(c), "sensitivity"));
            h.append("<p>Numbers: <code>").append(OutputFile.SENSITIVITY.fileName()).append("</code>.</p>\n");
        }
        h.append("<h2>Files</h2>\n<ul><li><code>runs.csv</code> / <code>runs.parquet</code>: one row per run, every outcome</li>")
                .append("<li><code>points.csv</code>: per point, mean and 95% CI of each output of interest</li>")
                .append("<li><code>sweep.json</code>, <code>scenario.json</code>: the sweep and its resolved base scenario</li>")
                .append("<li><code>manifest.json</code>: sweep hash, seeds, program version, command line</li></ul>\n");
        h.append("<details><summary>Sweep (with defaults)</summary><pre>").append(esc(Json.STRICT.writeValueAsString(s.effective())))
                .append("</pre></details>\n</body></html>\n");
        Files.writeString(dir.resolve(OutputFile.REPORT.fileName()), h, StandardCharsets.UTF_8);
    }
}
