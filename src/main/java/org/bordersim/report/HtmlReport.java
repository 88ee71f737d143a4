package org.bordersim.report;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.bordersim.files.Json;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunResult;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.bordersim.scenario.LoadedScenario;
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

    static void write(Path dir, LoadedScenario loaded, World world, List<RunResult> runs, RunInfo info) throws IOException {
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
        h.append("<h2>Outcomes</h2>\n<p>Each outcome is the mean over ").append(runs.size()).append(" replications (the ")
                .append("same scenario run with different random seeds). The 95% confidence interval shows how precisely ")
                .append("these replications pin down the scenario's long-run average: intervals made this way contain the ")
                .append("true average 95 times in 100. More replications give narrower intervals. n is the number of ")
                .append("replications in which the outcome is defined. The rows in bold are the headline outcomes.</p>\n");
        h.append("<table><tr><th class=l>outcome</th><th>mean</th><th>95% CI</th><th>n</th><th class=l>unit</th><th class=l>meaning</th></tr>\n");
        for (Metric m : Metric.values()) {
            Summary sm = OutcomeTable.summarise(runs, m);
            boolean headline = OutcomeTable.headline(s).contains(m);
            h.append(headline ? "<tr class=head>" : "<tr>")
                    .append("<td class=l>").append(m.column()).append("</td><td class=n>").append(Numbers.readable(sm.mean()))
                    .append("</td><td class=n>").append(Double.isNaN(sm.ciLow()) ? "-" : Numbers.readable(sm.ciLow()) + " &ndash; " + Numbers.readable(sm.ciHigh()))
                    .append("</td><td>").append(sm.n()).append("</td><td class=l>").append(esc(OutcomeTable.unit(m, s)))
                    .append("</td><td class=l>").append(esc(m.description())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Seizures over time</h2>\n").append(img(dir.resolve(RunReport.KG_CHART), "kg seized per week"));
        h.append("<h2>Where the border is crossed</h2>\n<p>Official crossing points are numbered X1, X2, ... north to south; ")
                .append("the green border (everything between them) is cut into stretches green-1 (north) to green-")
                .append(world.locationNames().size() - world.crossingPoints().size()).append(" (south).</p>\n")
                .append(img(dir.resolve(RunReport.CROSSINGS_CHART), "crossings by location"))
                .append("<p>Displacement: each location's share of the crossings in each quarter of the run (Q1 first). ")
                .append("The displacement index in the table is the total-variation distance between the Q1 and Q4 shares.</p>\n")
                .append(img(dir.resolve(RunReport.QUARTERS_CHART), "crossings by quarter"))
                .append("<p>The map (red: crossing posts, yellow: border cells, darker: second country):</p>\n")
                .append(img(dir.resolve(RunReport.MAP_IMAGE), "map"));

        h.append("<h2>Files</h2>\n<ul><li><code>runs.csv</code>: one row per replication, every outcome</li>")
                .append("<li><code>series.csv</code>: weekly series per replication</li>")
                .append("<li><code>quarters.csv</code>: crossings and share per location in each quarter</li>")
                .append("<li><code>summary.json</code>: means and confidence intervals</li>")
                .append("<li><code>manifest.json</code>: scenario hash, effective scenario, seeds, program version, command line</li></ul>\n");
        h.append("<details><summary>Effective scenario (after <code>extends</code>, overrides and defaults)</summary><pre>")
                .append(esc(Json.STRICT.writeValueAsString(loaded.effective()))).append("</pre></details>\n");
        h.append("</body></html>\n");
        Files.writeString(dir.resolve(OutputFile.REPORT.fileName()), h, StandardCharsets.UTF_8);
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
}
