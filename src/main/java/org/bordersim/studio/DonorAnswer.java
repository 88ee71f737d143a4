package org.bordersim.studio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordersim.invest.CostEffectiveness;
import org.bordersim.invest.Portfolio;
import org.bordersim.invest.PortfolioAnalysis;
import org.bordersim.invest.Robustness;
import org.bordersim.report.InvestReport;
import org.bordersim.stats.PairedDifference;

/**
 * What the page draws of a donor's answer: every portfolio on the cost-effectiveness plane (mean extra cost and
 * gain against the base, each with its 95% interval, and its place on the plane), the budget, and the regret table of
 * the leading portfolios under each uncertain condition. The same numbers as the brief's chart and table.
 */
final class DonorAnswer {
    private DonorAnswer() {
    }

    static Map<String, Object> of(PortfolioAnalysis a) {
        Portfolio p = a.portfolio();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("currency", p.budget().currency());
        out.put("outcome", org.bordersim.report.OutcomeTable.labelInSentence(p.outcome()));
        out.put("unit", InvestReport.unit(p, p.outcome()));
        double budget = p.budget().overHorizon(p.horizonYears());
        out.put("budget", Double.isFinite(budget) ? budget : null);
        out.put("horizonYears", p.horizonYears());
        int best = a.recommendation().best();
        List<Map<String, Object>> points = new ArrayList<>();
        for (PortfolioAnalysis.Result r : a.results()) {
            CostEffectiveness.Status status = a.status(r.index());
            if (status == CostEffectiveness.Status.UNKNOWN) continue;
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("portfolio", InvestReport.described(p, r));
            point.put("cost", r.cost());
            point.put("costLow", finite(r.costLow()));
            point.put("costHigh", finite(r.costHigh()));
            putInterval(point, "gain", r.gain());
            point.put("status", status.words());
            point.put("withinBudget", r.withinBudget());
            point.put("recommended", r.index() == best);
            points.add(point);
        }
        out.put("points", points);
        Robustness rob = a.robustness();
        if (rob != null) {
            Map<String, Object> regret = new LinkedHashMap<>();
            regret.put("conditions", rob.conditions().stream().map(c -> c.label()).toList());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int l = 0; l < rob.leaders().length; l++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("portfolio", InvestReport.described(p, a.result(rob.leaders()[l])));
                row.put("recommended", l == 0);
                row.put("nominal", finite(rob.nominal()[l].meanDifference()));
                List<Double> gains = new ArrayList<>();
                List<Double> regrets = new ArrayList<>();
                for (int c = 0; c < rob.conditions().size(); c++) {
                    gains.add(finite(rob.gain()[c][l].meanDifference()));
                    regrets.add(finite(rob.regret(c, l)));
                }
                row.put("gains", gains);
                row.put("regrets", regrets);
                row.put("maxRegret", finite(rob.maxRegret(l)));
                row.put("mostRobust", l == rob.mostRobust());
                rows.add(row);
            }
            regret.put("rows", rows);
            out.put("regret", regret);
        }
        return out;
    }

    private static void putInterval(Map<String, Object> into, String name, PairedDifference d) {
        into.put(name, finite(d.meanDifference()));
        into.put(name + "Low", finite(d.ciLow()));
        into.put(name + "High", finite(d.ciHigh()));
    }

    /** JSON has no NaN: an undefined number is null. */
    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
