package org.bordersim.report;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bordersim.files.Json;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunResult;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.GeoMap;
import org.bordersim.scenario.Scenario;
import org.bordersim.stats.Summary;
import org.bordersim.world.World;

/**
 * report.html: one self-contained page (images embedded) that opens offline. Every text that
 * comes from a scenario file is HTML-escaped.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    static void write(Path dir, LoadedScenario loaded, World world, List<RunResult> runs, RunInfo info,
                      List<TrustPaths.Path> trust) throws IOException {
        Scenario s = loaded.scenario();
        StringBuilder h = page(s.name());
        h.append("<h1>BorderSim results: ").append(esc(s.name())).append("</h1>\n");
        h.append("<p>").append(esc(s.description())).append("</p>\n");
        h.append("<p><small>").append(runs.size()).append(" replications of ").append(s.durationDays())
                .append(" days, base seed ").append(s.seed()).append("; map ").append(world.width()).append(" x ")
                .append(world.height()).append(" cells of ").append(s.map().cellKm()).append(" km; ")
                .append(s.groups().size()).append(" trafficking groups, ").append(s.blos().size())
                .append(" BLOs. BorderSim ").append(esc(info.programVersion())).append(", scenario SHA-256 ")
                .append(loaded.sha256(), 0, 12).append("&hellip;</small></p>\n");

        String few = OutcomeTable.fewReplicationsWarning(runs.size());
        if (few != null) h.append("<p class=warn><b>").append(esc(few)).append("</b></p>\n");
        h.append("<h2>In short</h2>\n<p class=lead>").append(esc(RunSummary.inWords(s, world, runs))).append("</p>\n");

        h.append("<h2>Where couriers crossed and where they were seized</h2>\n<p>Blue discs: crossings at each place, ")
                .append("their area in proportion to the mean per replication. Red discs: seizures at each cell, the same way. ")
                .append("Official crossing points are named X1, X2, ... (or by the scenario); ").append(esc(greenStretches(world)))
                .append(" Dots along the border mark each BLO's patrol sector.</p>\n")
                .append(img(dir.resolve(RunReport.MAP_IMAGE), "map of crossings and seizures"))
                .append(img(dir.resolve(RunReport.CROSSINGS_CHART), "crossings by location"));
        if (s.map().geo() != null) h.append(mapSources(s.map().geo(), s.map().cellKm()));
        h.append("<h2>Seizures over time</h2>\n").append(img(dir.resolve(RunReport.KG_CHART), "kg seized per week"));
        h.append("<h2>By place and by BLO</h2>\n").append(locationTable(world, runs)).append(bloTable(s, runs));
        h.append("<h2>Displacement</h2>\n<p>Each location's share of the crossings in each quarter of the run (Q1 first). ")
                .append("The displacement index in the table below is the total-variation distance between the Q1 and Q4 shares, ")
                .append("less what sampling noise alone would give.</p>\n")
                .append(img(dir.resolve(RunReport.QUARTERS_CHART), "crossings by quarter"));
        h.append(TrustPaths.section(dir.resolve(RunReport.TRUST_CHART), s, runs, trust));

        h.append("<h2>Every outcome</h2>\n<p>Each outcome is the mean over ").append(runs.size()).append(" replications (the ")
                .append("same scenario run with different random seeds). The 95% confidence interval shows how precisely ")
                .append("these replications pin down the scenario's long-run average: intervals made this way contain the ")
                .append("true average 95 times in 100. More replications give narrower intervals. n is the number of ")
                .append("replications in which the outcome is defined. The rows in bold are the headline outcomes; ")
                .append("the grey name is the outcome's column in <code>runs.csv</code>.</p>\n");
        h.append("<table><tr><th class=l>outcome</th><th>mean</th><th>95% CI</th><th>n</th><th class=l>unit</th><th class=l>meaning</th></tr>\n");
        for (Metric m : Metric.values()) {
            Summary sm = OutcomeTable.summarise(runs, m);
            boolean headline = OutcomeTable.headline(s).contains(m);
            h.append(headline ? "<tr class=head>" : "<tr>")
                    .append("<td class=l>").append(esc(OutcomeTable.label(m))).append("<br><small>").append(m.column())
                    .append("</small></td><td class=n>").append(Numbers.readable(sm.mean()))
                    .append("</td><td class=n>").append(Double.isNaN(sm.ciLow()) ? "-" : Numbers.readable(sm.ciLow()) + " &ndash; " + Numbers.readable(sm.ciHigh()))
                    .append("</td><td>").append(sm.n()).append("</td><td class=l>").append(esc(OutcomeTable.unit(m, s)))
                    .append("</td><td class=l>").append(esc(m.description())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Files</h2>\n<ul><li><code>runs.csv</code>: one row per replication, every outcome</li>")
                .append("<li><code>series.csv</code>: weekly series per replication</li>")
                .append("<li><code>quarters.csv</code>: crossings and share per location in each quarter</li>")
                .append("<li><code>posts.csv</code>: each BLO's inspection post per replication (load, waits)</li>")
                .append("<li><code>blos.csv</code>: each BLO per replication (seizures, what they took, sightings, teams)</li>")
                .append("<li><code>groups.csv</code>: each trafficking group per replication</li>")
                .append("<li><code>trust.csv</code>: every move of the trust between two BLOs, with its cause</li>")
                .append("<li><code>summary.json</code>: means and confidence intervals</li>")
                .append("<li><code>manifest.json</code>: scenario hash, effective scenario, seeds, program version, command line</li></ul>\n");
        h.append("<details><summary>Effective scenario (after <code>extends</code>, overrides and defaults)</summary><pre>")
                .append(esc(Json.STRICT.writeValueAsString(loaded.effective()))).append("</pre></details>\n");
        h.append("</body></html>\n");
        Files.writeString(dir.resolve(OutputFile.REPORT.fileName()), h, StandardCharsets.UTF_8);
    }

    /** Crossings per replication at each place, with their interval and share of all crossings. */
    private static String locationTable(World world, List<RunResult> runs) {
        StringBuilder t = new StringBuilder("<table><tr><th class=l>place</th><th class=l>kind</th><th>crossings per replication</th>")
                .append("<th>95% CI</th><th>share of crossings</th></tr>\n");
        double total = 0;
        for (RunResult r : runs) for (long c : r.crossingsByLocation()) total += c;
        for (int l = 0; l < world.locationNames().size(); l++) {
            int loc = l;
            double[] values = runs.stream().mapToDouble(r -> r.crossingsByLocation()[loc]).toArray();
            Summary sm = Summary.of95(values).within(0, Double.POSITIVE_INFINITY);
            t.append("<tr><td class=l>").append(esc(world.locationNames().get(l))).append("</td><td class=l>")
                    .append(world.isCrossingPointLocation(l) ? "crossing point" : "green border").append("</td><td class=n>")
                    .append(Numbers.readable(sm.mean())).append("</td><td class=n>").append(ci(sm)).append("</td><td>")
                    .append(total == 0 ? "-" : RunSummary.percent(sm.mean() * runs.size() / total)).append("</td></tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    /** What each BLO's officers did, per replication: seizures by every means, what they took, sightings and teams. */
    private static String bloTable(Scenario s, List<RunResult> runs) {
        String currency = s.costs().currency();
        StringBuilder t = new StringBuilder("<p>Per BLO, wherever its officers were (post, patrol, team, joint operation), ")
                .append("means per replication:</p>\n<table><tr><th class=l>BLO</th><th class=l>crossing</th><th class=l>country</th>")
                .append("<th>seizures</th><th>95% CI</th><th>kg seized</th><th>persons rescued</th><th>value seized (")
                .append(esc(currency)).append(")</th><th>sightings</th><th>teams sent</th></tr>\n");
        for (int b = 0; b < s.blos().size(); b++) {
            var spec = s.blos().get(b);
            t.append("<tr><td class=l>").append(esc(spec.name())).append("</td><td class=l>").append(esc(spec.place()))
                    .append("</td><td class=l>").append(esc(spec.country())).append("</td>");
            for (BloTotals total : BloTotals.values()) {
                int blo = b;
                Summary sm = Summary.of95(runs.stream().mapToDouble(r -> r.blos()[blo][total.ordinal()]).toArray())
                        .within(0, Double.POSITIVE_INFINITY);
                t.append("<td class=n>").append(Numbers.readable(sm.mean())).append("</td>");
                if (total == BloTotals.SEIZURES) t.append("<td class=n>").append(ci(sm)).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static String ci(Summary sm) {
        return Double.isNaN(sm.ciLow()) ? "-" : Numbers.readable(sm.ciLow()) + " &ndash; " + Numbers.readable(sm.ciHigh());
    }

    /** The start of a report page: head, style, open body. {@code title} is escaped here. */
    public static StringBuilder page(String title) {
        StringBuilder h = new StringBuilder(64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>BorderSim: ").append(esc(title)).append("</title>")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
                .append("td.l,th.l{text-align:left}td.n{white-space:nowrap}tr.head td{font-weight:bold;background:#eef4fb}img{max-width:100%}")
                .append("tr.none td{color:#777}.warn{background:#fff4d6;padding:0.5em 1em;border-left:4px solid #e0a800}")
                .append(".lead{font-size:1.1em;line-height:1.5;background:#f3f7fb;padding:0.7em 1em;border-left:4px solid #1f77b4}")
                .append("pre{background:#f6f6f6;padding:1em;overflow:auto;font-size:12px}small{color:#666}</style></head><body>\n");
        return h;
    }

    static String img(Path png, String alt) throws IOException {
        return "<p><img alt=\"" + esc(alt) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(Files.readAllBytes(png)) + "\"></p>\n";
    }

    public static String esc(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** What a map from geography rests on: every layer's own words, the projection's error and the data's credit. */
    private static String mapSources(GeoMap geo, double cellKm) {
        StringBuilder h = new StringBuilder("<h3>What the map rests on</h3>\n<ul>");
        h.append("<li><b>Countries</b>: ").append(esc(geo.countries().about())).append("</li>");
        if (geo.elevation() != null) h.append("<li><b>Elevation</b>: ").append(esc(geo.elevation().about())).append("</li>");
        for (GeoMap.Layer layer : geo.layers()) {
            h.append("<li><b>").append(esc(layer.name())).append("</b> (").append(esc(layer.terrain())).append("): ")
                    .append(esc(layer.about())).append("</li>");
        }
        for (GeoMap.Crossing c : geo.crossings()) {
            if (c.about() != null) h.append("<li><b>").append(esc(c.name())).append("</b>: ").append(esc(c.about())).append("</li>");
        }
        h.append("</ul>\n<p><small>").append(String.format(Locale.ROOT, "Cells of %s km on an equirectangular grid true at %.2f N; "
                + "east-west distances are off by up to %.1f%% at the box's edge.", cellKm, geo.box().standardParallel(),
                100 * geo.box().largestScaleError()));
        if (!geo.attribution().isBlank()) h.append(" ").append(esc(geo.attribution()));
        return h.append("</small></p>\n").toString();
    }

    /** How the green border is cut for reporting: into numbered stretches, or border by border on maps of more countries. */
    private static String greenStretches(World world) {
        int stretches = world.locationNames().size() - world.crossingPoints().size();
        String first = world.locationNames().get(world.crossingPoints().size());
        if (first.equals("green-1")) {
            return "the green border between them is cut into stretches green-1 (north) to green-" + stretches + " (south).";
        }
        return "the green border between them is cut border by border, each named by its two countries and numbered north "
                + "to south (" + first + ", ...; " + stretches + " stretches in all).";
    }
}
