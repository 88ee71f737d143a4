package org.bordersim.report;


import static org.bordersim.report.HtmlReport.esc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bordersim.experiment.Comparison;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Seeds;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunResult;
import org.bordersim.metrics.SeriesMetric;
import org.bordersim.output.Manifest;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.bordersim.stats.PairedDifference;
import org.bordersim.stats.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The files of a {@code compare}: comparison.csv (every outcome, every alternative against the
 * baseline), runs.csv and series.csv (long form, a scenario column first), manifest.json, bar
 * charts with CIs of the headline outcomes, weekly series overlaid, and a report.html written
 * for readers without statistics training.
 */
public final class CompareReport {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();
    private static final Color[] PALETTE = {new Color(0x1f4e79), new Color(0xc55a11), new Color(0x548235),
            new Color(0x7030a0), new Color(0xbf9000), new Color(0x2e75b6), new Color(0xa5a5a5)};

    private CompareReport() {
    }

    /** Scenario names, made unique ("name #2") when two scenarios share one. */
    static List<String> labels(Comparison c) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PreparedScenario s : c.scenarios()) {
            String name = s.scenario().name();
            String label = name;
            for (int k = 2; !seen.add(label); k++) label = name + " #" + k;
            out.add(label);
        }
        return out;
    }

    /** What the comparison says about one outcome, in one phrase. */
    static String verdict(PairedDifference d, int replications) {
        if (d.n() < 2) return "not defined in enough replications";
        if (d.detectable()) return "detectable difference";
        if (Double.isNaN(d.replicationsNeeded())) return "no difference";
        String need = d.replicationsNeeded() >= PairedDifference.MAX_REPLICATIONS_NEEDED ? "more than "
                + String.format(Locale.ROOT, "%,d", PairedDifference.MAX_REPLICATIONS_NEEDED)
                : String.format(Locale.ROOT, "about %,d", (long) d.replicationsNeeded());
        return "no detectable difference at " + replications + " replications; " + need
                + " would detect a difference of this size";
    }

    /** The same, short enough for a table cell. */
    public static String shortVerdict(PairedDifference d, int replications) {
        if (d.n() < 2) return "not defined";
        if (d.detectable()) return "detectable";
        if (Double.isNaN(d.replicationsNeeded())) return "no difference";
        String need = d.replicationsNeeded() >= PairedDifference.MAX_REPLICATIONS_NEEDED ? "over 1,000,000"
                : String.format(Locale.ROOT, "about %,d", (long) d.replicationsNeeded());
        return "not detectable at " + replications + " (" + need + " needed)";
    }

    /**
     * What a reader must know before trusting the differences: too few replications, or
     * scenarios that differ in duration or map (their totals are then not comparable as they stand).
     */
    private static String lattice(org.bordersim.scenario.Scenario s) {
        return s.map().routeLatticeKm() == 0 ? "0, every cell" : Numbers.readable(s.map().routeLatticeKm()) + " km";
    }

    private static List<String> digests(PreparedScenario p) {
        return p.loaded().mapData().values().stream().sorted().toList();
    }

    public static List<String> warnings(Comparison c) {
        List<String> out = new ArrayList<>();
        String few = OutcomeTable.fewReplicationsWarning(c.replications());
        if (few != null) out.add(few);
        var base = c.scenarios().get(0).scenario();
        for (int s = 1; s < c.scenarios().size(); s++) {
            var other = c.scenarios().get(s).scenario();
            if (other.durationDays() != base.durationDays()) {
                out.add("warning: " + other.name() + " runs " + other.durationDays() + " days and " + base.name() + " "
                        + base.durationDays() + ": totals (kg, costs, counts) differ for that reason alone");
            }
            // The same map data, whatever the files are called from each scenario's folder.
            boolean sameData = digests(c.scenarios().get(s)).equals(digests(c.scenarios().get(0)));
            if (!other.map().sameGeography(base.map()) || !other.terrain().equals(base.terrain()) || !sameData) {
                out.add("warning: " + other.name() + " is on another map than " + base.name()
                        + ": differences include the change of geography");
            } else if (other.map().routeLatticeKm() != base.map().routeLatticeKm()) {
                out.add("warning: " + other.name() + " and " + base.name() + " route on different lattices far from the "
                        + "border (map.routeLatticeKm " + lattice(other) + " and " + lattice(base) + "): differences include "
                        + "the lattice's approximation (docs/ODD.md 7.2)");
            }
        }
        return out;
    }

    /** The headline outcomes of every scenario compared. */
    static List<Metric> headline(Comparison c) {
        return OutcomeTable.headline(c.scenarios().stream().map(p -> p.scenario()).toList());
    }

    public static String text(Comparison c) {
        List<String> labels = labels(c);
        int n = c.replications();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s vs %s: %d replications each, common random numbers%n",
                String.join(", ", labels.subList(1, labels.size())), labels.get(0), n));
        for (String warning : warnings(c)) sb.append(warning).append('\n');
        for (Metric m : headline(c)) {
            Summary base = OutcomeTable.summarise(c.runs().get(0), m);
            sb.append(String.format(Locale.ROOT, "%n%s (%s): %s %s%n", m.column(), OutcomeTable.unit(m, c.scenarios().get(0).scenario()), labels.get(0), Numbers.readable(base.mean())));
            for (int s = 1; s < labels.size(); s++) {
                PairedDifference d = c.difference(s, m);
                sb.append(String.format(Locale.ROOT, "  %-24s %12s   difference %s [%s, %s] (%s), p = %s: %s%n", labels.get(s),
                        Numbers.readable(d.alternativeMean()), signed(d.meanDifference()), signed(d.ciLow()), signed(d.ciHigh()),
                        percent(d.relativeChange()), p(d.pValue()), verdict(d, n)));
            }
        }
        return sb.toString();
    }

    public static void write(Path dir, Comparison c, RunInfo info) throws IOException {
        Files.createDirectories(dir.resolve("charts"));
        List<String> labels = labels(c);
        writeComparison(dir.resolve(OutputFile.COMPARISON.fileName()), c, labels);
        writeRuns(dir.resolve(OutputFile.RUNS.fileName()), c, labels);
        writeSeries(dir.resolve(OutputFile.SERIES.fileName()), c, labels);
        writeManifest(dir, c, labels, info);
        List<String> charts = new ArrayList<>();
        for (Metric m : headline(c)) {
            String file = "charts/compare-" + m.column() + ".png";
            Charts.png(bars(c, labels, m), dir.resolve(file));
            charts.add(file);
        }
        Charts.png(weeklyOverlay(c, labels, SeriesMetric.KG_SEIZED, "Kilograms seized per week (mean over replications)", "kg seized"),
                dir.resolve("charts/kg-seized-per-week.png"));
        Charts.png(forest(c, labels), dir.resolve(FOREST), Charts.WIDTH, 120 + 40 * headline(c).size());
        if (!sharedPlaces(c).isEmpty()) {
            for (int s = 1; s < labels.size(); s++) {
                MapImage.png(c.scenarios().get(0).world(), c.scenarios().get(0).scenario(), MapImage.Shift.of(c, s), dir.resolve(placesMap(s)));
            }
        }
        writeHtml(dir, c, labels, info, charts);
    }

    private static void writeComparison(Path file, Comparison c, List<String> labels) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("metric", "unit", "scenario", "role", "n", "mean", "ci_low", "ci_high", "difference",
                    "difference_ci_low", "difference_ci_high", "relative_change", "p_value", "detectable", "replications_needed");
            for (Metric m : Metric.values()) {
                for (int s = 0; s < labels.size(); s++) {
                    Summary sum = OutcomeTable.summarise(c.runs().get(s), m);
                    List<String> row = new ArrayList<>(List.of(m.column(), OutcomeTable.unit(m, c.scenarios().get(0).scenario()), labels.get(s), s == 0 ? "baseline" : "alternative",
                            Long.toString(sum.n()), Numbers.exact(sum.mean()), Numbers.exact(sum.ciLow()), Numbers.exact(sum.ciHigh())));
                    if (s == 0) {
                        for (int k = 0; k < 7; k++) row.add("");
                    } else {
                        PairedDifference d = c.difference(s, m);
                        row.addAll(List.of(Numbers.exact(d.meanDifference()), Numbers.exact(d.ciLow()), Numbers.exact(d.ciHigh()),
                                Numbers.exact(d.relativeChange()), Numbers.exact(d.pValue()), Boolean.toString(d.detectable()),
                                Numbers.exact(d.replicationsNeeded())));
                    }
                    csv.printRecord(row);
                }
            }
        }
    }

    private static void writeRuns(Path file, Comparison c, List<String> labels) throws IOException {
        List<String> columns = new ArrayList<>(List.of("replication", "seed"));
        for (Metric m : Metric.values()) columns.add(m.column());
        List<String> places = sharedPlaces(c);
        List<String> blos = sharedBlos(c);
        for (String place : places) columns.add(Metric.PLACE_PREFIX + place);
        for (String blo : blos) columns.add(Metric.BLO_PREFIX + blo);
        writeLongForm(file, c, labels, columns, r -> {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.replication()), Long.toString(r.seed())));
            for (double v : r.metrics()) row.add(Numbers.exact(v));
            if (!places.isEmpty()) for (long n : r.crossingsByLocation()) row.add(Long.toString(n));
            if (!blos.isEmpty()) for (double[] b : r.blos()) row.add(Numbers.exact(b[BloTotals.SEIZURES.ordinal()]));
            return List.of(row);
        });
    }

    /** The crossing places, when every scenario has the same ones (else none: their counts do not pair up). */
    public static List<String> sharedPlaces(Comparison c) {
        List<String> first = c.scenarios().get(0).world().locationNames();
        boolean same = c.scenarios().stream().allMatch(p -> p.world().locationNames().equals(first));
        return same ? first : List.of();
    }

    /** The BLOs' names, when every scenario has the same BLOs in the same order (else none). */
    static List<String> sharedBlos(Comparison c) {
        List<String> first = c.scenarios().get(0).scenario().blos().stream().map(b -> b.name()).toList();
        boolean same = c.scenarios().stream().allMatch(p -> p.scenario().blos().stream().map(b -> b.name()).toList().equals(first));
        return same ? first : List.of();
    }

    /**
     * Per place (crossings) or per BLO (seizures): the baseline's mean and each alternative's paired difference with
     * its CI, so displacement between places and between BLOs reads like any other outcome.
     */
    private static String byPlaceTable(Comparison c, List<String> labels, List<String> names, String what,
                                       java.util.function.IntFunction<java.util.function.ToDoubleFunction<RunResult>> value) {
        int n = c.replications();
        StringBuilder h = new StringBuilder("<table><tr><th class=l>").append(what).append("</th><th>")
                .append(esc(labels.get(0))).append(" (mean)</th>");
        for (int s = 1; s < labels.size(); s++) {
            h.append("<th>").append(esc(labels.get(s))).append(": difference [95% CI]</th><th class=l>what it means</th>");
        }
        h.append("</tr>\n");
        for (int i = 0; i < names.size(); i++) {
            h.append("<tr><td class=l>").append(esc(names.get(i))).append("</td><td class=n>")
                    .append(Numbers.readable(c.difference(1, value.apply(i)).baselineMean())).append("</td>");
            for (int s = 1; s < labels.size(); s++) {
                PairedDifference d = c.difference(s, value.apply(i));
                h.append("<td class=n>").append(signed(d.meanDifference())).append(" [").append(signed(d.ciLow())).append(", ")
                        .append(signed(d.ciHigh())).append("]</td><td class=l>").append(esc(shortVerdict(d, n))).append("</td>");
            }
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static void writeSeries(Path file, Comparison c, List<String> labels) throws IOException {
        List<String> columns = new ArrayList<>(List.of("replication", "week"));
        for (SeriesMetric m : SeriesMetric.values()) columns.add(m.column());
        writeLongForm(file, c, labels, columns, r -> {
            List<List<String>> rows = new ArrayList<>();
            for (int w = 0; w < r.weeks(); w++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(r.replication()), Integer.toString(w + 1)));
                for (double v : r.weekly()[w]) row.add(Numbers.exact(v));
                rows.add(row);
            }
            return rows;
        });
    }

    /** A CSV in long form: the scenario's label first, then the rows {@code rowsOf} makes of each replication's result. */
    private static void writeLongForm(Path file, Comparison c, List<String> labels, List<String> columns,
                                      Function<RunResult, List<List<String>>> rowsOf) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<String> header = new ArrayList<>(List.of("scenario"));
            header.addAll(columns);
            csv.printRecord(header);
            for (int s = 0; s < labels.size(); s++) {
                for (RunResult r : c.runs().get(s)) {
                    for (List<String> row : rowsOf.apply(r)) {
                        List<String> full = new ArrayList<>(List.of(labels.get(s)));
                        full.addAll(row);
                        csv.printRecord(full);
                    }
                }
            }
        }
    }

    private static void writeManifest(Path dir, Comparison c, List<String> labels, RunInfo info) throws IOException {
        Manifest manifest = Manifest.of(info).seeds(c.scenarios().get(0).scenario().seed(), Seeds.REPLICATIONS + ", the same for every scenario");
        ObjectNode root = manifest.json();
        root.put("replications", c.replications());
        root.put("test", "paired Student t on the per-replication differences (alternative - baseline); 95% CI of the mean difference");
        ArrayNode scenarios = root.putArray("scenarios");
        for (int s = 0; s < labels.size(); s++) {
            ObjectNode o = scenarios.addObject();
            PreparedScenario p = c.scenarios().get(s);
            o.put("label", labels.get(s));
            o.put("role", s == 0 ? "baseline" : "alternative");
            o.put("file", p.loaded().file().toString());
            o.put("sha256", p.loaded().sha256());
            o.set("effectiveScenario", p.loaded().effective());
        }
        manifest.writeInto(dir);
    }

    /**
     * Each alternative's paired difference from the baseline with its 95% CI: the same numbers as
     * the table (a chart of each scenario's own interval would hide the pairing and could show
     * overlapping bars for a difference the table calls detectable).
     */
    static JFreeChart bars(Comparison c, List<String> labels, Metric m) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int s = 1; s < labels.size(); s++) {
            PairedDifference d = c.difference(s, m);
            double half = (d.ciHigh() - d.ciLow()) / 2;
            data.add(d.meanDifference(), Double.isNaN(half) ? 0 : half, "difference (95% CI)", labels.get(s));
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        r.setSeriesPaint(0, PALETTE[0]);
        String unit = OutcomeTable.unit(m, c.scenarios().get(0).scenario());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("scenario"),
                new NumberAxis("difference in " + OutcomeTable.labelInSentence(m) + " (" + unit + ")"), r);
        return Charts.chart(OutcomeTable.label(m) + ": difference from " + labels.get(0) + " (paired, 95% CI)", plot, false);
    }

    /**
     * The report's first sentence: for each alternative, which headline outcomes these replications
     * tell apart from the baseline, and which they cannot.
     */
    static String summaryInWords(Comparison c, List<String> labels) {
        StringBuilder sb = new StringBuilder();
        for (int s = 1; s < labels.size(); s++) {
            List<String> up = new ArrayList<>();
            List<String> down = new ArrayList<>();
            int unclear = 0;
            for (Metric m : headline(c)) {
                PairedDifference d = c.difference(s, m);
                if (!d.detectable()) unclear++;
                else (d.meanDifference() > 0 ? up : down).add(OutcomeTable.labelInSentence(m));
            }
            sb.append(labels.get(s)).append(" against ").append(labels.get(0)).append(": ");
            if (up.isEmpty() && down.isEmpty()) sb.append("no headline outcome differs detectably at ").append(c.replications()).append(" replications");
            if (!up.isEmpty()) sb.append("more ").append(String.join(", ", up));
            if (!down.isEmpty()) sb.append(up.isEmpty() ? "" : "; ").append("less ").append(String.join(", ", down));
            if (unclear > 0 && !(up.isEmpty() && down.isEmpty())) sb.append("; ").append(unclear).append(" other outcomes not detectable");
            sb.append(". ");
        }
        return sb.toString().strip();
    }

    /** The map of where crossings moved, alternative {@code s} against the baseline. */
    static String placesMap(int s) {
        return "charts/compare-places-" + s + ".png";
    }

    /** The forest plot's file, first in the report. */
    static final String FOREST = "charts/compare-forest.png";

    /**
     * Every headline outcome's paired difference from the baseline, as a share of the baseline's
     * mean, with its 95% CI as whiskers: one chart that answers "what changed, and how surely", on one
     * axis for outcomes in different units. The same numbers as the table, divided by the baseline mean.
     */
    static JFreeChart forest(Comparison c, List<String> labels) {
        org.jfree.data.statistics.DefaultStatisticalCategoryDataset data = new org.jfree.data.statistics.DefaultStatisticalCategoryDataset();
        for (int s = 1; s < labels.size(); s++) {
            for (Metric m : headline(c)) {
                PairedDifference d = c.difference(s, m);
                double base = Math.abs(d.baselineMean());
                if (d.n() < 2 || base == 0 || Double.isNaN(d.ciLow())) continue;
                double half = (d.ciHigh() - d.ciLow()) / 2;
                data.add(100 * d.meanDifference() / base, 100 * half / base, labels.get(s), OutcomeTable.label(m));
            }
        }
        org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer(false, true);
        renderer.setErrorIndicatorPaint(java.awt.Color.DARK_GRAY);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis("difference from " + labels.get(0)
                + ", % of its mean (95% CI)"), renderer);
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, java.awt.Color.GRAY, new java.awt.BasicStroke(1f)));
        return Charts.chart("What changed, and how surely: each outcome against " + labels.get(0), plot, labels.size() > 2);
    }

    static JFreeChart weeklyOverlay(Comparison c, List<String> labels, SeriesMetric metric, String title, String yLabel) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < labels.size(); s++) {
            List<RunResult> runs = c.runs().get(s);
            int fullWeeks = Math.max(1, c.scenarios().get(s).scenario().durationDays() / 7);
            XYSeries series = new XYSeries(labels.get(s), false, true);
            double[] values = new double[runs.size()];
            for (int w = 0; w < Math.min(fullWeeks, runs.get(0).weeks()); w++) {
                for (int i = 0; i < runs.size(); i++) values[i] = runs.get(i).weekly(w, metric);
                Summary sum = Summary.of95(values);
                if (sum.n() > 0) series.add(w + 1, sum.mean());
            }
            data.addSeries(series);
            r.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            r.setSeriesStroke(s, new BasicStroke(s == 0 ? 2.5f : 1.5f));
        }
        XYPlot plot = new XYPlot(data, new NumberAxis("week"), new NumberAxis(yLabel), r);
        return Charts.chart(title, plot, true);
    }

    private static void writeHtml(Path dir, Comparison c, List<String> labels, RunInfo info, List<String> charts) throws IOException {
        int n = c.replications();
        StringBuilder h = HtmlReport.page("compare " + labels.get(0));
        h.append("<h1>BorderSim comparison against ").append(esc(labels.get(0))).append("</h1>\n<ul>");
        for (int s = 0; s < labels.size(); s++) {
            h.append("<li><b>").append(esc(labels.get(s))).append("</b>").append(s == 0 ? " (baseline)" : "").append(": ")
                    .append(esc(c.scenarios().get(s).scenario().description())).append("</li>\n");
        }
        h.append("</ul>\n");
        for (String warning : warnings(c)) h.append("<p class=warn><b>").append(esc(warning)).append("</b></p>\n");
        h.append("<p>").append(esc(summaryInWords(c, labels))).append("</p>\n");
        h.append(HtmlReport.img(dir.resolve(FOREST), "each outcome's difference from the baseline with its 95% interval"));
        h.append("<h2>How to read this</h2>\n<p>Every scenario was run ").append(n).append(" times. Run number i of ")
                .append("every scenario used the same random seed, so the scenarios met the same luck and differ only ")
                .append("because of what changed. For each outcome we give the <b>difference</b> from the baseline (the ")
                .append("average of the run-by-run differences) and a 95% <b>confidence interval</b>: the range in which ")
                .append("the true long-run difference lies, with 95% confidence. If that range includes 0, these runs ")
                .append("cannot tell the change apart from chance: the table says so, and says how many runs would be ")
                .append("needed to tell a difference of the size seen (\"not detectable at 10 (about 40 needed)\"). That does ")
                .append("not mean the change has no effect.</p>\n");
        h.append("<h2>Headline outcomes</h2>\n").append(table(c, labels, headline(c), n));
        for (String chart : charts) h.append(HtmlReport.img(dir.resolve(chart), "comparison chart"));
        List<String> places = sharedPlaces(c);
        List<String> blos = sharedBlos(c);
        if (!places.isEmpty() || !blos.isEmpty()) {
            h.append("<h2>Where: by place and by BLO</h2>\n<p>Crossings per replication at each place, and seizures per ")
                    .append("replication by each BLO (by every means), paired the same way as the outcomes above: where ")
                    .append("trafficking moved to, and who seized more or less. The columns <code>crossings_&lt;place&gt;</code> ")
                    .append("and <code>blo_seizures_&lt;BLO&gt;</code> of runs.csv hold every replication's counts.</p>\n");
            for (int s = 1; s < labels.size() && !places.isEmpty(); s++) {
                h.append("<p>Where crossings moved, ").append(esc(labels.get(s))).append(" against ").append(esc(labels.get(0)))
                        .append(": blue discs where it has more crossings, orange where it has fewer, their area in proportion ")
                        .append("to the difference per replication; filled where the difference is detectable.</p>\n")
                        .append(HtmlReport.img(dir.resolve(placesMap(s)), "where crossings moved"));
            }
            if (!places.isEmpty()) h.append(byPlaceTable(c, labels, places, "place", l -> r -> r.crossingsByLocation()[l]));
            if (!blos.isEmpty()) h.append(byPlaceTable(c, labels, blos, "BLO (seizures)", b -> r -> r.blos()[b][BloTotals.SEIZURES.ordinal()]));
        }
        h.append("<h2>Over time</h2>\n").append(HtmlReport.img(dir.resolve("charts/kg-seized-per-week.png"), "kg seized per week"));
        List<Metric> rest = new ArrayList<>(List.of(Metric.values()));
        rest.removeAll(headline(c));
        h.append("<details><summary>Every other outcome</summary>\n").append(table(c, labels, rest, n)).append("</details>\n");
        h.append("<h2>Method</h2>\n<p><small>Paired Student t on the per-replication differences (alternative minus ")
                .append("baseline): the CI is mean difference &plusmn; t<sub>0.975, n-1</sub> &times; sd/&radic;n, and the ")
                .append("p-value is the two-sided paired t-test, so the CI excludes 0 exactly when p &lt; 0.05. ")
                .append("Replications needed: the smallest n at which a paired t-test detects the observed difference ")
                .append("with 80% power at the 5% level, given the observed spread of differences. Relative change: ")
                .append("difference / |baseline mean|. BorderSim ").append(esc(info.programVersion()))
                .append(". Files: comparison.csv (every outcome), runs.csv, series.csv, manifest.json.</small></p>\n");
        h.append("</body></html>\n");
        Files.writeString(dir.resolve(OutputFile.REPORT.fileName()), h, StandardCharsets.UTF_8);
    }

    private static String table(Comparison c, List<String> labels, List<Metric> metrics, int n) {
        StringBuilder h = new StringBuilder("<table><tr><th class=l>outcome</th><th class=l>scenario</th><th>mean</th>")
                .append("<th>difference from baseline</th><th>95% CI of the difference</th><th>change</th><th>p</th>")
                .append("<th class=l>what it means</th></tr>\n");
        for (Metric m : metrics) {
            Summary base = OutcomeTable.summarise(c.runs().get(0), m);
            h.append("<tr class=head><td class=l>").append(esc(OutcomeTable.label(m))).append(" <small>(")
                    .append(esc(OutcomeTable.unit(m, c.scenarios().get(0).scenario()))).append(")<br>").append(m.column())
                    .append("</small></td><td class=l>").append(esc(labels.get(0))).append("</td><td class=n>")
                    .append(Numbers.readable(base.mean())).append("</td><td colspan=5 class=l><small>")
                    .append(esc(m.description())).append("</small></td></tr>\n");
            for (int s = 1; s < labels.size(); s++) {
                PairedDifference d = c.difference(s, m);
                h.append(d.detectable() ? "<tr>" : "<tr class=none>").append("<td></td><td class=l>").append(esc(labels.get(s)))
                        .append("</td><td class=n>").append(Numbers.readable(d.alternativeMean())).append("</td><td class=n>")
                        .append(signed(d.meanDifference())).append("</td><td class=n>").append(signed(d.ciLow())).append(" to ")
                        .append(signed(d.ciHigh())).append("</td><td class=n>").append(percent(d.relativeChange()))
                        .append("</td><td class=n>").append(p(d.pValue())).append("</td><td class=l>").append(esc(shortVerdict(d, n)))
                        .append("</td></tr>\n");
            }
        }
        return h.append("</table>\n").toString();
    }

    private static String signed(double v) {
        if (Double.isNaN(v)) return "-";
        return (v > 0 ? "+" : "") + Numbers.readable(v);
    }

    private static String percent(double v) {
        if (Double.isNaN(v)) return "-";
        return String.format(Locale.ROOT, "%+.1f%%", 100 * v);
    }

    private static String p(double v) {
        if (Double.isNaN(v)) return "-";
        return v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }
}
