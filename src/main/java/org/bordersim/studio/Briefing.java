package org.bordersim.studio;

import java.util.List;
import java.util.Map;
import org.bordersim.report.HtmlReport;

/**
 * A one-page briefing of a comparison, for people who were not at the screen: the question, the
 * change, the result with its uncertainty, and the caveats. Plain HTML with print styles, so the
 * browser prints it to PDF; everything from files and requests is escaped.
 */
final class Briefing {
    private Briefing() {
    }

    static String html(Comparisons.Job job) {
        StringBuilder h = HtmlReport.page("briefing, " + job.scenarioName);
        h.append("<style>@media print{body{max-width:none;margin:0;font-size:11pt}}</style>\n");
        h.append("<h1>Briefing: ").append(HtmlReport.esc(job.scenarioName)).append("</h1>\n");
        h.append("<h2>The question</h2>\n<p>What changes on this border (scenario <code>").append(HtmlReport.esc(job.file))
                .append("</code>) if ");
        if (job.changes.isEmpty()) {
            h.append("nothing is changed (a check: every difference should be 0)");
        } else {
            h.append("these levers are set:</p>\n<ul>");
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : job.changes.entrySet()) {
                h.append("<li><code>").append(HtmlReport.esc(e.getKey())).append("</code> = ")
                        .append(HtmlReport.esc(e.getValue().toString())).append("</li>");
            }
            h.append("</ul>\n<p>");
        }
        h.append("?</p>\n<h2>The answer</h2>\n<p>The scenario and the what-if were each run ").append(job.replications)
                .append(" times with the same random numbers, so each difference below is paired replication by replication. ")
                .append("The interval is the 95% confidence interval of the mean difference.</p>\n");
        h.append("<table><tr><th class=\"l\">outcome</th><th>scenario</th><th>what-if</th><th class=\"l\">difference</th></tr>\n");
        List<Map<String, Object>> rows = job.rows;
        for (Map<String, Object> r : rows) {
            h.append("<tr><td class=\"l\">").append(HtmlReport.esc(r.get("outcome") + " (" + r.get("unit") + ")"))
                    .append("</td><td>").append(org.bordersim.metrics.Numbers.readable((Double) r.get("baseline")))
                    .append("</td><td>").append(org.bordersim.metrics.Numbers.readable((Double) r.get("whatIf")))
                    .append("</td><td class=\"l\">").append(HtmlReport.esc((String) r.get("words"))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Caveats</h2>\n<ul>")
                .append("<li>\"Not detectable\" means these replications cannot tell the difference from chance; it does not mean ")
                .append("there is no difference. The number of replications that would detect one of that size is given.</li>")
                .append("<li>The scenario's parameters are only as good as their sources; the shipped scenarios are illustrative, ")
                .append("not calibrated to a real border.</li>")
                .append("<li>Costs are booked by the model from the scenario's unit costs, in ").append(HtmlReport.esc(job.currency))
                .append(". What the model does not include is listed in docs/ODD.md, section 9.</li></ul>\n");
        h.append("<p><small>Made by the BorderSim studio.</small></p></body></html>\n");
        return h.toString();
    }
}
