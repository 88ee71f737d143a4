package org.bordersim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bordersim.invest.Condition;
import org.bordersim.invest.Constraint;
import org.bordersim.invest.InvestOption;
import org.bordersim.invest.Portfolio;
import org.bordersim.invest.PortfolioAnalysis;
import org.bordersim.invest.Robustness;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.output.ResultsFolder;
import org.bordersim.stats.PairedDifference;

/**
 * What {@code bordersim invest} writes beside its runs: portfolios.csv (every portfolio),
 * options.csv (each option's level alone), budget-curve.csv, the three charts, and brief.html, the
 * one-page donor brief. Everything is first written into a hidden folder and then moved into place
 * file by file, so a failed write leaves the earlier report, never half of a new one.
 */
public final class InvestReport {
    public static final String PORTFOLIOS = "portfolios.csv";
    public static final String OPTIONS = "options.csv";
    public static final String BUDGET_CURVE = "budget-curve.csv";
    public static final String BRIEF = "brief.html";
    public static final String ROBUSTNESS = "robustness.csv";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private InvestReport() {
    }

    public static void write(Path folder, PortfolioAnalysis a, String version) throws IOException {
        Path tmp = folder.resolve(".report-tmp");
        if (Files.exists(tmp)) ResultsFolder.deleteTree(tmp);
        Files.createDirectories(tmp.resolve("charts"));
        portfolios(tmp.resolve(PORTFOLIOS), a);
        options(tmp.resolve(OPTIONS), a);
        budgetCurve(tmp.resolve(BUDGET_CURVE), a);
        robustness(tmp.resolve(ROBUSTNESS), a);
        String cost = "extra cost over " + years(a.portfolio()) + " (" + a.portfolio().budget().currency() + ")";
        String gain = "gain in " + a.portfolio().outcome().column() + " (" + unit(a.portfolio(), a.portfolio().outcome()) + ")";
        Charts.png(InvestCharts.plane(a, gain, cost), tmp.resolve("charts/frontier.png"));
        Charts.png(InvestCharts.budgetCurve(a, gain, cost), tmp.resolve("charts/budget-curve.png"));
        Charts.png(InvestCharts.allocation(a, cost), tmp.resolve("charts/allocation.png"), Charts.WIDTH, 320);
        Files.writeString(tmp.resolve(BRIEF), brief(a, tmp.resolve("charts"), version), StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("charts"));
        for (String f : List.of(PORTFOLIOS, OPTIONS, BUDGET_CURVE, ROBUSTNESS, "charts/frontier.png", "charts/budget-curve.png",
                "charts/allocation.png", BRIEF)) {
            Files.move(tmp.resolve(f), folder.resolve(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        ResultsFolder.deleteTree(tmp);
    }

    /** The unit of an output, with "currency" replaced by the portfolio's currency. */
    public static String unit(Portfolio p, Metric m) {
        return m.unit().replace("currency", p.budget().currency());
    }

    private static String years(Portfolio p) {
        double y = p.horizonYears();
        return Numbers.readable(y) + (y == 1 ? " year" : " years");
    }

    private static void portfolios(Path file, PortfolioAnalysis a) throws IOException {
        Portfolio p = a.portfolio();
        List<String> header = new ArrayList<>(List.of("portfolio"));
        for (InvestOption o : p.options()) header.add(o.name());
        header.addAll(List.of("options_changed", "currency", "capital_cost", "running_cost", "running_cost_ci_low", "running_cost_ci_high",
                "cost", "cost_ci_low", "cost_ci_high", "gain", "gain_ci_low", "gain_ci_high", "gain_detectable", "pairs",
                "cost_per_unit_gain"));
        for (Constraint c : p.constraints()) header.add("mean_" + c.output().column());
        header.add("officers");
        header.addAll(List.of("within_budget", "budget_at_risk", "meets_constraints", "plane", "incremental_cost_per_unit_gain"));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(header);
            for (PortfolioAnalysis.Result r : a.results()) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(r.index()));
                for (int o = 0; o < r.levels().length; o++) row.add(p.options().get(o).level(r.levels()[o]).label());
                row.add(Integer.toString(p.optionsChanged(r.index())));
                row.add(p.budget().currency());
                row.add(Numbers.exact(r.capital()));
                row.addAll(ci(r.running()));
                row.add(Numbers.exact(r.cost()));
                row.add(Numbers.exact(r.costLow()));
                row.add(Numbers.exact(r.costHigh()));
                row.addAll(ci(r.gain()));
                row.add(Boolean.toString(r.gain().detectable()));
                row.add(Long.toString(r.gain().n()));
                row.add(Numbers.exact(r.costPerUnit()));
                for (double m : r.constraintMeans()) row.add(Numbers.exact(m));
                row.add(Integer.toString(p.officers(r.index())));
                row.add(Boolean.toString(r.withinBudget()));
                row.add(Boolean.toString(r.budgetAtRisk()));
                row.add(Boolean.toString(r.meetsConstraints()));
                row.add(a.status(r.index()).words());
                row.add(Numbers.exact(a.incremental(r.index())));
                csv.printRecord(row);
            }
        }
    }

    private static List<String> ci(PairedDifference d) {
        return List.of(Numbers.exact(d.meanDifference()), Numbers.exact(d.ciLow()), Numbers.exact(d.ciHigh()));
    }

    private static void options(Path file, PortfolioAnalysis a) throws IOException {
        Portfolio p = a.portfolio();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("option", "level", "label", "portfolio", "currency", "capital_cost", "cost", "cost_ci_low", "cost_ci_high",
                    "gain", "gain_ci_low", "gain_ci_high", "gain_detectable", "cost_per_unit_gain", "within_budget", "plane");
            for (int o = 0; o < p.options().size(); o++) {
                InvestOption option = p.options().get(o);
                for (int l = 1; l < option.levels().size(); l++) {
                    PortfolioAnalysis.Result r = a.alone(o, l);
                    List<String> row = new ArrayList<>(List.of(option.name(), Integer.toString(l), option.level(l).label(),
                            Integer.toString(r.index()), p.budget().currency(), Numbers.exact(r.capital()), Numbers.exact(r.cost()),
                            Numbers.exact(r.costLow()), Numbers.exact(r.costHigh())));
                    row.addAll(ci(r.gain()));
                    row.add(Boolean.toString(r.gain().detectable()));
                    row.add(Numbers.exact(r.costPerUnit()));
                    row.add(Boolean.toString(r.withinBudget()));
                    row.add(a.status(r.index()).words());
                    csv.printRecord(row);
                }
            }
        }
    }

    private static void budgetCurve(Path file, PortfolioAnalysis a) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("budget_from", "currency", "portfolio", "portfolio_described", "cost", "gain", "gain_ci_low", "gain_ci_high");
            for (PortfolioAnalysis.BudgetStep s : a.budgetCurve()) {
                PortfolioAnalysis.Result r = a.result(s.portfolio());
                List<String> row = new ArrayList<>(List.of(Numbers.exact(s.budget()), a.portfolio().budget().currency(),
                        Integer.toString(r.index()), described(a.portfolio(), r), Numbers.exact(r.cost())));
                row.addAll(ci(r.gain()));
                csv.printRecord(row);
            }
        }
    }

    /** E.g. "dash cams: 2 per BLO; sharing: cross-border", or "nothing (the base scenario)". */
    public static String described(Portfolio p, PortfolioAnalysis.Result r) {
        List<String> parts = new ArrayList<>();
        for (int o = 0; o < r.levels().length; o++) {
            if (r.levels()[o] == 0) continue;
            InvestOption option = p.options().get(o);
            parts.add(option.label() + ": " + option.level(r.levels()[o]).label());
        }
        return parts.isEmpty() ? "nothing (the base scenario)" : String.join("; ", parts);
    }

    /** "about 410 kg more [100, 720]" for a paired difference. */
    static String amount(PairedDifference d, String unit) {
        double m = d.meanDifference();
        String size = Numbers.readable(Math.abs(m)) + " " + unit;
        String direction = m > 0 ? " more" : m < 0 ? " less" : "";
        String interval = Double.isNaN(d.ciLow()) ? "" : " [" + Numbers.readable(d.ciLow()) + ", " + Numbers.readable(d.ciHigh()) + "]";
        return (m == 0 ? "exactly the same" : "about " + size + direction) + interval;
    }

    private static String brief(PortfolioAnalysis a, Path charts, String version) throws IOException {
        Portfolio p = a.portfolio();
        String currency = p.budget().currency();
        String outcomeUnit = unit(p, p.outcome());
        StringBuilder h = HtmlReport.page("donor brief, " + p.name());
        h.append("<style>@media print{body{max-width:none;margin:0;font-size:11pt}img{max-height:9cm}"
                + ".pb{page-break-before:always}}</style>\n");
        h.append("<h1>Donor brief: ").append(HtmlReport.esc(p.name())).append("</h1>\n");
        if (!p.description().isEmpty()) h.append("<p>").append(HtmlReport.esc(p.description())).append("</p>\n");
        h.append("<p><b>The question.</b> Which mix of the options below buys the most <b>")
                .append(HtmlReport.esc(OutcomeTable.labelInSentence(p.outcome()))).append("</b> (").append(HtmlReport.esc(outcomeUnit))
                .append(") over ").append(years(p)).append(", for a budget of ").append(HtmlReport.esc(budgetWords(p)))
                .append(" on top of what the base scenario already spends");
        if (!p.constraints().isEmpty() || p.officersAtMost() < Integer.MAX_VALUE) {
            h.append(", with ");
            List<String> cs = new ArrayList<>();
            for (Constraint c : p.constraints()) cs.add(c.describe().replace('_', ' '));
            if (p.officersAtMost() < Integer.MAX_VALUE) cs.add("at most " + p.officersAtMost() + " officers");
            h.append(HtmlReport.esc(String.join(" and ", cs)));
        }
        h.append("? ").append(p.size()).append(" portfolios (every combination of the options' levels), each run ")
                .append(p.replications()).append(" times with the same random numbers as the base scenario.</p>\n");

        PortfolioAnalysis.Recommendation rec = a.recommendation();
        h.append("<h2>Recommendation</h2>\n");
        if (rec.best() < 0) {
            h.append("<p class=\"warn\">No portfolio fits the budget and meets the constraints. The budget-outcome curve below shows "
                    + "what larger budgets would buy.</p>\n");
        } else {
            PortfolioAnalysis.Result best = a.result(rec.best());
            if (rec.best() == 0) {
                h.append("<p><b>Buy nothing.</b> No portfolio within the budget gains more than the base scenario.</p>\n");
            } else {
                h.append("<p><b>Buy: ").append(HtmlReport.esc(described(p, best))).append(".</b></p>\n");
                h.append("<p>Over ").append(years(p)).append(" it costs about <b>").append(Numbers.readable(best.cost())).append(' ')
                        .append(currency).append("</b> [").append(Numbers.readable(best.costLow())).append(", ")
                        .append(Numbers.readable(best.costHigh())).append("] more than the base scenario spends (of which ")
                        .append(Numbers.readable(best.capital())).append(' ').append(currency)
                        .append(" capital in the first year), and it gives ")
                        .append(HtmlReport.esc(amount(best.gain(), outcomeUnit))).append(" ")
                        .append(HtmlReport.esc(OutcomeTable.labelInSentence(p.outcome())))
                        .append(" than doing nothing (mean and 95% confidence interval over ").append(best.gain().n())
                        .append(" paired replications).");
                if (!best.gain().detectable()) {
                    h.append(" <b>That gain cannot be told from chance with these replications.</b>");
                }
                if (best.budgetAtRisk()) {
                    h.append(" Its cost fits the budget on average, but not at the upper end of its interval.");
                }
                h.append("</p>\n");
            }
            h.append("<h2>How sure</h2>\n");
            h.append(selectionWords(a, outcomeUnit));
            h.append("<p>");
            if (rec.runnerUp() < 0) {
                h.append("No other portfolio fits the budget and meets the constraints.");
            } else {
                PortfolioAnalysis.Result second = a.result(rec.runnerUp());
                h.append("The runner-up is ").append(HtmlReport.esc(described(p, second))).append(". The recommended portfolio gives ")
                        .append(HtmlReport.esc(amount(rec.lead(), outcomeUnit))).append(" than it. ");
                if (rec.separated()) {
                    h.append("These replications tell the two apart (the interval excludes 0).");
                } else {
                    h.append("<b>These replications cannot tell the two apart</b>: treat them as equally good, or run more "
                            + "replications (raise <code>replications</code> in the portfolio file).");
                    if (Double.isFinite(rec.lead().replicationsNeeded())) {
                        h.append(" About ").append(Numbers.readable(rec.lead().replicationsNeeded()))
                                .append(" would detect a lead of this size.");
                    }
                }
            }
            h.append("</p>\n");
        }
        h.append("<h2>Where it could fail</h2>\n").append(robustnessWords(a, outcomeUnit));

        h.append("<h2>Each option alone</h2>\n<table><tr><th class=\"l\">option</th><th>extra cost (").append(currency)
                .append(")</th><th>gain (").append(HtmlReport.esc(outcomeUnit)).append(") [95% CI]</th><th>cost per extra ")
                .append(HtmlReport.esc(outcomeUnit)).append("</th><th class=\"l\">on the plane</th></tr>\n");
        for (int o = 0; o < p.options().size(); o++) {
            InvestOption option = p.options().get(o);
            for (int l = 1; l < option.levels().size(); l++) {
                PortfolioAnalysis.Result r = a.alone(o, l);
                h.append("<tr><td class=\"l\">").append(HtmlReport.esc(option.label() + ": " + option.level(l).label()))
                        .append("</td><td>").append(Numbers.readable(r.cost())).append("</td><td class=\"n\">")
                        .append(HtmlReport.esc(amount(r.gain(), ""))).append("</td><td>")
                        .append(r.gain().detectable() ? Numbers.readable(r.costPerUnit()) : "not detectable")
                        .append("</td><td class=\"l\">").append(a.status(r.index()).words()).append("</td></tr>\n");
            }
        }
        h.append("</table>\n<p><small>Cost per extra unit is given only where the gain is detectable (its interval excludes 0). "
                + "On the plane, <i>dominated</i> means another portfolio costs no more and gains at least as much; "
                + "<i>extended-dominated</i> means a mix of two others would gain more for the same money.</small></p>\n");
        h.append("<div class=\"pb\"></div>\n");
        h.append(HtmlReport.img(charts.resolve("budget-curve.png"), "budget-outcome curve"));
        h.append(HtmlReport.img(charts.resolve("frontier.png"), "cost-effectiveness plane"));
        if (rec.best() > 0) h.append(HtmlReport.img(charts.resolve("allocation.png"), "allocation of the recommended portfolio"));
        h.append("<h2>Caveats</h2>\n<ul>")
                .append("<li>The scenario's parameters are only as good as their sources; the shipped scenarios are illustrative, "
                        + "not calibrated to a real border.</li>")
                .append("<li>Costs: capital costs are those the portfolio file gives; running costs are booked by the model from the "
                        + "scenario's unit costs (officers, courses, equipment upkeep, upgrades, sharing, officer time on teams and "
                        + "operations) over the horizon, so what an option drags along is included.</li>")
                .append("<li>Gains are differences from the base scenario replication by replication (common random numbers). "
                        + "Intervals are 95% confidence intervals of the mean over the replications, not forecasts of one year.</li>")
                .append("<li>What the model does not include yet is listed in docs/ODD.md, section 9: for example, groups do not "
                        + "send less after losses, and prices do not respond to seizures.</li></ul>\n");
        h.append(String.format(Locale.ROOT, "<p><small>BorderSim %s. Every number is in portfolios.csv and options.csv beside "
                + "this file; runs.csv of the portfolio sweep holds every replication.%s</small></p>\n", HtmlReport.esc(version),
                a.failedRuns() > 0 ? " " + a.failedRuns() + " runs failed and are left out (see the sweep's failures.log)." : ""));
        h.append("</body></html>\n");
        return h.toString();
    }

    /** What ranking and selection did, in words. */
    private static String selectionWords(PortfolioAnalysis a, String unit) {
        PortfolioAnalysis.SelectionSummary s = a.selection();
        if (s == null) return "<p>Only one portfolio within the budget gives outcomes of its own, so there was nothing to select between.</p>\n";
        StringBuilder h = new StringBuilder("<p>");
        h.append(s.contenders()).append(" portfolios fit the budget, meet the constraints and give outcomes of their own. ");
        if (s.rounds() > 0) {
            h.append(s.rounds()).append(s.rounds() == 1 ? " round" : " rounds").append(" of ranking and selection gave the ones still in ")
                    .append("contention more replications (").append(s.replications()).append(" in all, of at most ")
                    .append(s.maxReplications()).append("). ");
        }
        String delta = Numbers.readable(s.indifference()) + " " + unit + (s.indifferenceDefault() ? " (5% of the base's mean; set "
                + "selection.indifference to choose)" : "");
        if (s.separated()) {
            h.append("The recommended portfolio was separated from all the others: with probability at least ")
                    .append(percent(s.confidence())).append(" it is the best, or within ").append(HtmlReport.esc(delta))
                    .append(" of the best (Kim and Nelson's procedure; it assumes roughly normal differences). ");
        } else {
            h.append("<b>").append(s.survivors().length).append(" portfolios could not be separated</b> within the run budget; they are ")
                    .append("within about ").append(HtmlReport.esc(delta)).append(" of each other or need more replications. ");
        }
        if (s.incomplete()) h.append("A failed run stopped the selection early. ");
        h.append("Resampling the replications of the last ").append(s.finalists()).append(" contenders, the recommended portfolio ")
                .append("comes out best in ").append(percent(s.probabilityBest())).append(" of resamples.");
        if (a.recommendation().survivorsOverBudget()) {
            h.append(" <b>The portfolios selection kept turned out over budget with more replications</b>; the recommendation is "
                    + "the best portfolio within budget instead, which selection did not separate.");
        }
        return h.append("</p>\n").toString();
    }

    /** The regret table, in words and as a table. */
    private static String robustnessWords(PortfolioAnalysis a, String unit) {
        Robustness r = a.robustness();
        Portfolio p = a.portfolio();
        if (r == null) {
            return "<p>No uncertain conditions were given (<code>conditions</code> in the portfolio file), so the portfolios were not "
                    + "tested against higher turnover, more adaptive traffickers or fewer tips.</p>\n";
        }
        StringBuilder h = new StringBuilder("<p>The ").append(r.leaders().length).append(" leading portfolios and the base ran again ")
                .append("under each condition, with the same seeds. Gain is against the base under the same condition; regret is what ")
                .append("the best leader there gains more.</p>\n");
        for (int c = 0; c < r.conditions().size(); c++) {
            double loss = r.lossOfAdvantage(c, 0);
            if (Double.isFinite(loss) && loss > 0.2) {
                h.append("<p class=\"warn\">Under <b>").append(HtmlReport.esc(r.conditions().get(c).label())).append("</b> the recommended ")
                        .append("portfolio loses ").append(percent(loss)).append(" of its gain.</p>\n");
            }
        }
        h.append("<table><tr><th class=\"l\">portfolio</th><th>gain, nominal</th>");
        for (Condition c : r.conditions()) h.append("<th>").append(HtmlReport.esc(c.label())).append("</th>");
        h.append("<th>largest regret</th></tr>\n");
        for (int l = 0; l < r.leaders().length; l++) {
            h.append("<tr><td class=\"l\">").append(l == 0 ? "<b>recommended</b>: " : "")
                    .append(HtmlReport.esc(described(p, a.result(r.leaders()[l])))).append("</td><td class=\"n\">")
                    .append(Numbers.readable(r.nominal()[l].meanDifference())).append("</td>");
            for (int c = 0; c < r.conditions().size(); c++) {
                double loss = r.lossOfAdvantage(c, l);
                h.append("<td class=\"n\">").append(Numbers.readable(r.gain()[c][l].meanDifference()))
                        .append(Double.isFinite(loss) ? " (" + (loss > 0 ? "-" : "+") + percent(Math.abs(loss)) + ")" : "")
                        .append("<br><small>regret ").append(Numbers.readable(r.regret(c, l))).append("</small></td>");
            }
            h.append("<td>").append(Numbers.readable(r.maxRegret(l))).append("</td></tr>\n");
        }
        h.append("</table>\n<p><small>Gains in ").append(HtmlReport.esc(unit)).append(", means over ").append(p.replications())
                .append(" paired replications (robustness.csv has the intervals). The percentage is the change of the gain against the "
                        + "nominal one. The most robust leader (least largest regret) is ")
                .append(HtmlReport.esc(described(p, a.result(r.leaders()[r.mostRobust()])))).append(".</small></p>\n");
        return h.toString();
    }

    private static void robustness(Path file, PortfolioAnalysis a) throws IOException {
        Robustness r = a.robustness();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("portfolio", "portfolio_described", "condition", "gain", "gain_ci_low", "gain_ci_high", "nominal_gain",
                    "loss_of_gain", "regret", "max_regret");
            if (r == null) return;
            for (int l = 0; l < r.leaders().length; l++) {
                String described = described(a.portfolio(), a.result(r.leaders()[l]));
                for (int c = 0; c < r.conditions().size(); c++) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(r.leaders()[l]), described, r.conditions().get(c).name()));
                    row.addAll(ci(r.gain()[c][l]));
                    row.add(Numbers.exact(r.nominal()[l].meanDifference()));
                    row.add(Numbers.exact(r.lossOfAdvantage(c, l)));
                    row.add(Numbers.exact(r.regret(c, l)));
                    row.add(Numbers.exact(r.maxRegret(l)));
                    csv.printRecord(row);
                }
            }
        }
    }

    /** A share as a whole percentage, e.g. "69%". */
    public static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    private static String budgetWords(Portfolio p) {
        List<String> parts = new ArrayList<>();
        String c = p.budget().currency();
        if (!Double.isNaN(p.budget().perYear())) parts.add(Numbers.readable(p.budget().perYear()) + " " + c + " a year");
        if (!Double.isNaN(p.budget().total())) parts.add(Numbers.readable(p.budget().total()) + " " + c + " in total");
        return String.join(" and at most ", parts);
    }
}
