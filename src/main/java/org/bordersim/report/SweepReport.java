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
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

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
        for (String place : a.sweep().places()) cols.add(new ParquetExport.Column(org.bordersim.sweep.Sweep.PLACE_PREFIX + place, "BIGINT"));
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

    /**
     * One panel per parameter, sharing the output's axis: the mean over runs at each level with its 95% CI. Numeric
     * levels sit at their values (a bin at its centre), so unequal steps look unequal; a parameter whose levels are all
     * whole numbers gets whole-number ticks; levels that are not numbers are spaced evenly and named.
     */
    static JFreeChart mainEffects(SweepAnalysis a, int output) {
        Metric m = a.sweep().outputs().get(output);
        NumberAxis range = new NumberAxis(OutcomeTable.label(m) + " (" + OutcomeTable.unit(m, a.sweep().base().scenario()) + ")");
        range.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(range);
        for (MainEffect e : a.mainEffects()) {
            boolean numeric = java.util.Arrays.stream(e.x()).allMatch(Double::isFinite);
            YIntervalSeries series = new YIntervalSeries("mean (95% CI)");
            for (int l = 0; l < e.labels().size(); l++) {
                Summary s = e.byOutput()[output][l];
                if (s.n() == 0) continue;
                double half = Double.isNaN(s.halfWidth()) ? 0 : s.halfWidth();
                series.add(numeric ? e.x()[l] : l, s.mean(), s.mean() - half, s.mean() + half);
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(series);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDefaultLinesVisible(true);
            r.setSeriesPaint(0, new Color(0x1f4e79));
            r.setErrorPaint(new Color(0x1f4e79));
            r.setDrawXError(false);
            r.setDefaultSeriesVisibleInLegend(false);
            XYPlot sub = new XYPlot(data, domainAxis(e, numeric), null, r);
            Charts.plain(sub);
            plot.add(sub, 1);
        }
        return Charts.chart("Main effects on " + OutcomeTable.label(m) + " (mean over all runs at each value, 95% CI)", plot, false);
    }

    /** The parameter's axis: by value (whole-number ticks when every level is whole), or its levels' names evenly. */
    static ValueAxis domainAxis(MainEffect e, boolean numeric) {
        if (!numeric) return new SymbolAxis(e.parameter().name(), e.labels().toArray(new String[0]));
        NumberAxis axis = new NumberAxis(e.parameter().name());
        axis.setAutoRangeIncludesZero(false);
        boolean whole = java.util.Arrays.stream(e.x()).allMatch(v -> v == Math.rint(v));
        if (whole) axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double lo = java.util.Arrays.stream(e.x()).min().orElse(0);
        double hi = java.util.Arrays.stream(e.x()).max().orElse(1);
        double pad = hi > lo ? (hi - lo) * 0.08 : 1;
        axis.setRange(lo - pad, hi + pad);
        return axis;
    }

    /**
     * The report's first paragraph: per output, what the parameters did to it. With Sobol indices, the parameter with
     * the largest total index and which ones stand clearly above the noise floor (the lower end of their interval
     * above the upper end of the noise floor's); otherwise each parameter's main effect from its lowest to its highest
     * level, largest first.
     */
    static String summaryInWords(SweepAnalysis a) {
        List<String> sentences = new ArrayList<>();
        var scenario = a.sweep().base().scenario();
        List<SweepParameter> ps = a.sweep().parameters();
        for (int o = 0; o < a.sweep().outputs().size(); o++) {
            Metric m = a.sweep().outputs().get(o);
            String unit = OutcomeTable.unit(m, scenario);
            if (a.sobol() != null && a.sobol()[o] != null) {
                SobolIndices.Index[] x = a.sobol()[o];
                int noise = -1;
                int top = -1;
                for (int i = 0; i < ps.size(); i++) {
                    if (ps.get(i).inert()) noise = i;
                    else if (top < 0 || x[i].total() > x[top].total()) top = i;
                }
                if (top < 0) continue;
                List<String> clear = new ArrayList<>();
                for (int i = 0; i < ps.size(); i++) {
                    if (i != noise && noise >= 0 && x[i].totalLow() > x[noise].totalHigh()) clear.add(ps.get(i).name());
                }
                sentences.add(OutcomeTable.label(m) + ": " + ps.get(top).name() + " has the largest total Sobol index, "
                        + Numbers.readable(x[top].total()) + " [" + Numbers.readable(x[top].totalLow()) + ", "
                        + Numbers.readable(x[top].totalHigh()) + "]"
                        + (noise < 0 ? "." : clear.isEmpty() ? "; no parameter stands clearly above the noise floor at this sample size."
                        : "; clearly above the noise floor: " + String.join(", ", clear) + "."));
                continue;
            }
            List<double[]> effects = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (MainEffect e : a.mainEffects()) {
                if (e.parameter().inert() || e.labels().size() < 2) continue;
                Summary first = e.byOutput()[o][0];
                Summary last = e.byOutput()[o][e.labels().size() - 1];
                if (first.n() == 0 || last.n() == 0) continue;
                effects.add(new double[] {Math.abs(last.mean() - first.mean()), words.size()});
                words.add(e.parameter().name() + " from " + e.labels().get(0) + " to " + e.labels().get(e.labels().size() - 1)
                        + " moves its mean from " + Numbers.readable(first.mean()) + " to " + Numbers.readable(last.mean()));
            }
            if (words.isEmpty()) continue;
            effects.sort((p1, p2) -> Double.compare(p2[0], p1[0]));
            List<String> ordered = effects.stream().map(e -> words.get((int) e[1])).toList();
            sentences.add(OutcomeTable.label(m) + " (" + unit + "): " + String.join("; ", ordered) + ".");
        }
        return String.join(" ", sentences);
    }

    /** What a reader of a sweep's sensitivity must know first. */
    public static List<String> warnings(org.bordersim.sweep.Sweep s) {
        boolean sensitivity = s.parameters().stream().anyMatch(SweepParameter::inert);
        if (!sensitivity || s.commonRandomNumbers()) return List.of();
        return List.of("warning: this sensitivity design runs every point with its own random numbers "
                + "(commonRandomNumbers is false), so run-to-run noise adds to every index; compare each index with "
                + SweepParameter.NOISE_FLOOR + "'s, or set \"commonRandomNumbers\": true");
    }

    /**
     * Sobol indices with their bootstrap 95% intervals as whiskers (first-order and total side by side at each
     * parameter), or Morris' mu* and sigma as bars.
     */
    static JFreeChart sensitivity(SweepAnalysis a, int output) {
        List<SweepParameter> ps = a.sweep().parameters();
        String name = OutcomeTable.label(a.sweep().outputs().get(output));
        if (a.sobol() != null) {
            if (a.sobol()[output] == null) return null;
            YIntervalSeries first = new YIntervalSeries("first-order S_i");
            YIntervalSeries total = new YIntervalSeries("total S_Ti");
            for (int i = 0; i < ps.size(); i++) {
                SobolIndices.Index x = a.sobol()[output][i];
                first.add(i - 0.12, x.first(), orValue(x.firstLow(), x.first()), orValue(x.firstHigh(), x.first()));
                total.add(i + 0.12, x.total(), orValue(x.totalLow(), x.total()), orValue(x.totalHigh(), x.total()));
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(first);
            data.addSeries(total);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDefaultLinesVisible(false);
            r.setSeriesPaint(0, new Color(0x1f4e79));
            r.setSeriesPaint(1, new Color(0xd95f02));
            r.setErrorStroke(new java.awt.BasicStroke(1.5f));
            SymbolAxis axis = new SymbolAxis("parameter", ps.stream().map(SweepParameter::name).toArray(String[]::new));
            NumberAxis share = new NumberAxis("share of output variance (bootstrap 95% CI)");
            XYPlot plot = new XYPlot(data, axis, share, r);
            plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.GRAY, new java.awt.BasicStroke(1f)));
            return Charts.chart("Sobol indices of " + name, plot, true);
        }
        if (a.morris() == null) return null;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < ps.size(); i++) {
            data.addValue(a.morris()[output][i].muStar(), "mu* (influence)", ps.get(i).name());
            data.addValue(a.morris()[output][i].sigma(), "sigma (non-linearity, interactions)", ps.get(i).name());
        }
        BarRenderer r = new BarRenderer();
        r.setSeriesPaint(0, new Color(0x1f4e79));
        r.setSeriesPaint(1, new Color(0x9dc3e6));
        String axis = OutcomeTable.unit(a.sweep().outputs().get(output), a.sweep().base().scenario()) + " per full range of the parameter";
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("parameter"), new NumberAxis(axis), r);
        return Charts.chart("Morris elementary effects on " + name, plot, true);
    }

    private static double orValue(double bound, double value) {
        return Double.isNaN(bound) ? value : bound;
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
        String words = summaryInWords(a);
        if (!words.isEmpty()) {
            h.append("<h2>In short</h2>\n<p class=lead>").append(esc(words)).append("</p>\n<p><small>")
                    .append(a.sobol() != null ? "Sobol indices with bootstrap 95% intervals; the noise floor is an input that changes nothing."
                            : "Each main effect is the mean over every run at the parameter's lowest and highest value, whatever the "
                            + "other parameters were; the charts below show every level with its 95% interval.")
                    .append("</small></p>\n");
        }
        if (!interactionCharts.isEmpty()) {
            h.append("<h2>Every combination</h2>\n<p>The mean of each output at every combination of the two parameters: read along a ")
                    .append("row or down a column to see whether one lever makes up for the other. Intervals are in points.csv.</p>\n");
            for (String chart : interactionCharts) h.append(HtmlReport.img(dir.resolve(chart), "interaction grid"));
        }
        h.append("<h2>Main effects</h2>\n<p>Each panel shows one parameter: the mean of the output over every run ")
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
        h.append("<h2>Parameters</h2>\n<table><tr><th class=l>name</th><th class=l>scenario field (JSON pointer)</th><th class=l>values</th></tr>\n");
        for (SweepParameter p : s.parameters()) {
            h.append("<tr><td class=l>").append(esc(p.name())).append("</td><td class=l>")
                    .append(p.inert() ? "(none: an inert input, the noise floor)" : "<code>" + esc(p.pointer()) + "</code>")
                    .append("</td><td class=l>").append(esc(p.isRange()
                            ? Numbers.readable(p.min()) + " to " + Numbers.readable(p.max()) + (p.integer() ? " (whole numbers)" : "")
                            : String.join(", ", p.values().stream().map(SweepParameter::text).toList()))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>Files</h2>\n<ul><li><code>runs.csv</code> / <code>runs.parquet</code>: one row per run, every outcome</li>")
                .append("<li><code>points.csv</code>: per point, mean and 95% CI of each output of interest</li>")
                .append("<li><code>sweep.json</code>, <code>scenario.json</code>: the sweep and its resolved base scenario</li>")
                .append("<li><code>manifest.json</code>: sweep hash, seeds, program version, command line</li></ul>\n");
        h.append("<details><summary>Sweep (with defaults)</summary><pre>").append(esc(Json.STRICT.writeValueAsString(s.effective())))
                .append("</pre></details>\n</body></html>\n");
        Files.writeString(dir.resolve(OutputFile.REPORT.fileName()), h, StandardCharsets.UTF_8);
    }
}
