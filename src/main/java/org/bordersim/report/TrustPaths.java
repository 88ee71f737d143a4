package org.bordersim.report;

import java.awt.BasicStroke;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bordersim.metrics.ModelEvent.TrustCause;
import org.bordersim.metrics.ModelEvent.TrustChanged;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunMetrics;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.Scenario;
import org.bordersim.stats.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The path of the trust between pairs of BLOs (docs/ODD.md §7.11): every move, with its cause, in {@code trust.csv};
 * and, for the pairs whose trust moved in some replication, the mean over replications at the end of each week. A
 * pair's trust is the same both ways and starts at the same value in every replication, so a replication in which a
 * pair never moved holds it at its start.
 */
final class TrustPaths {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();
    /** The chart draws at most this many pairs, those that moved most; trust.csv has them all. */
    static final int MAX_DRAWN = 8;

    /** One pair of BLOs (lower index first) and its mean trust at the end of each week. */
    record Path(int blo, int partner, double start, double[] weeklyMean) {
        double end() {
            return weeklyMean.length == 0 ? start : weeklyMean[weeklyMean.length - 1];
        }
    }

    private TrustPaths() {
    }

    static void writeCsv(java.nio.file.Path file, Scenario scenario, List<RunResult> runs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("replication", "hour", "day", "blo", "partner", "cause", "trust_before", "trust_after");
            for (RunResult r : runs) {
                for (TrustChanged t : r.trustChanges()) {
                    csv.printRecord(r.replication(), t.hour(), t.hour() / 24 + 1, scenario.blos().get(t.blo()).name(),
                            scenario.blos().get(t.partner()).name(), t.cause().label(), Numbers.exact(t.before()),
                            Numbers.exact(t.after()));
                }
            }
        }
    }

    /** Every pair whose trust moved in some replication, in the order of their first move; {@code weeks} weeks. */
    static List<Path> of(List<RunResult> runs, int weeks) {
        Map<Long, Double> starts = new LinkedHashMap<>();
        for (RunResult r : runs) {
            for (TrustChanged t : r.trustChanges()) starts.putIfAbsent(key(t.blo(), t.partner()), t.before());
        }
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<Long, Double> e : starts.entrySet()) {
            int a = (int) (e.getKey() >> 32);
            int b = (int) (long) e.getKey();
            double[] sum = new double[weeks];
            for (RunResult r : runs) {
                double value = e.getValue();
                int i = 0;
                List<TrustChanged> changes = r.trustChanges();
                for (int w = 0; w < weeks; w++) {
                    long endOfWeek = (w + 1L) * RunMetrics.HOURS_PER_WEEK;
                    for (; i < changes.size() && changes.get(i).hour() < endOfWeek; i++) {
                        TrustChanged t = changes.get(i);
                        if (key(t.blo(), t.partner()) == e.getKey()) value = t.after();
                    }
                    sum[w] += value;
                }
            }
            for (int w = 0; w < weeks; w++) sum[w] /= runs.size();
            paths.add(new Path(a, b, e.getValue(), sum));
        }
        return paths;
    }

    /**
     * The report's section, or nothing when no pair's trust moved: the chart and, per pair, its start, its mean at the
     * end with the 95% interval over replications, and its moves per replication by cause.
     */
    static String section(java.nio.file.Path chart, Scenario scenario, List<RunResult> runs, List<Path> paths) throws IOException {
        if (paths.isEmpty()) return "";
        StringBuilder h = new StringBuilder("<h2>Trust between BLOs</h2>\n<p>Trust is the chance that a BLO acts on what a ")
                .append("BLO of another country tells it. It rises with seizures in joint operations and successful controlled ")
                .append("deliveries, and falls after failed ones and leaks found out, as the scenario sets. Each line is a pair's ")
                .append("trust at the end of each week, averaged over the replications; <code>trust.csv</code> lists every move ")
                .append("with its cause.</p>\n").append(HtmlReport.img(chart, "trust between BLOs over time"))
                .append("<table><tr><th class=l>BLO</th><th class=l>partner</th><th>start</th><th>end (mean)</th><th>95% CI</th>");
        for (TrustCause c : TrustCause.values()) h.append("<th>").append(c.label()).append("<br><small>moves per replication</small></th>");
        h.append("</tr>\n");
        for (Path p : paths) {
            double[] ends = new double[runs.size()];
            double[] moves = new double[TrustCause.values().length];
            for (int r = 0; r < runs.size(); r++) {
                ends[r] = p.start();
                for (TrustChanged t : runs.get(r).trustChanges()) {
                    if (key(t.blo(), t.partner()) != key(p.blo(), p.partner())) continue;
                    ends[r] = t.after();
                    moves[t.cause().ordinal()]++;
                }
            }
            Summary end = Summary.of95(ends).within(0, 1);
            h.append("<tr><td class=l>").append(HtmlReport.esc(scenario.blos().get(p.blo()).name())).append("</td><td class=l>")
                    .append(HtmlReport.esc(scenario.blos().get(p.partner()).name())).append("</td><td>")
                    .append(Numbers.readable(p.start())).append("</td><td>").append(Numbers.readable(end.mean()))
                    .append("</td><td class=n>").append(Double.isNaN(end.ciLow()) ? "-"
                            : Numbers.readable(end.ciLow()) + " &ndash; " + Numbers.readable(end.ciHigh())).append("</td>");
            for (double m : moves) h.append("<td>").append(Numbers.readable(m / runs.size())).append("</td>");
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /** The pairs that moved most (by |end - start|, then first moved), as weekly steps. */
    static JFreeChart chart(List<Path> paths, Scenario scenario, int replications) {
        List<Path> drawn = new ArrayList<>(paths);
        drawn.sort((x, y) -> Double.compare(Math.abs(y.end() - y.start()), Math.abs(x.end() - x.start())));
        if (drawn.size() > MAX_DRAWN) drawn = drawn.subList(0, MAX_DRAWN);
        XYSeriesCollection data = new XYSeriesCollection();
        for (Path p : drawn) {
            XYSeries s = new XYSeries(scenario.blos().get(p.blo()).name() + " - " + scenario.blos().get(p.partner()).name());
            s.add(0, p.start());
            for (int w = 0; w < p.weeklyMean().length; w++) s.add(w + 1, p.weeklyMean()[w]);
            data.addSeries(s);
        }
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < drawn.size(); i++) renderer.setSeriesStroke(i, new BasicStroke(2f));
        NumberAxis trust = new NumberAxis("trust (mean of " + replications + " replications)");
        trust.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, new NumberAxis("week"), trust, renderer);
        return Charts.chart("Trust between BLOs at the end of each week", plot, true);
    }
}
