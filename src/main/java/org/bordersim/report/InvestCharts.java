package org.bordersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.bordersim.invest.CostEffectiveness;
import org.bordersim.invest.PortfolioAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** The donor's charts: the cost-effectiveness plane, the budget-outcome curve and the recommended allocation. */
final class InvestCharts {
    private InvestCharts() {
    }

    /** Every portfolio's mean cost against its mean gain, with 95% CI whiskers both ways; the frontier joined. */
    static JFreeChart plane(PortfolioAnalysis a, String outcomeAxis, String costAxis) {
        XYIntervalSeries frontier = new XYIntervalSeries("on the frontier");
        XYIntervalSeries dominated = new XYIntervalSeries("dominated");
        XYIntervalSeries extended = new XYIntervalSeries("extended-dominated");
        for (PortfolioAnalysis.Result r : a.results()) {
            CostEffectiveness.Status s = a.status(r.index());
            XYIntervalSeries into = switch (s) {
                case FRONTIER -> frontier;
                case DOMINATED -> dominated;
                case EXTENDED_DOMINATED -> extended;
                case UNKNOWN -> null;
            };
            if (into != null) add(into, r);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(frontier);
        data.addSeries(extended);
        data.addSeries(dominated);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesPaint(0, new Color(0x2171b5));
        renderer.setSeriesPaint(1, new Color(0xe6550d));
        renderer.setSeriesPaint(2, Color.GRAY);
        for (int s = 0; s < 3; s++) renderer.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setErrorPaint(new Color(0, 0, 0, 60));
        XYPlot plot = new XYPlot(data, new NumberAxis(costAxis), new NumberAxis(outcomeAxis), renderer);
        budgetLine(plot, a);
        return Charts.chart("Cost-effectiveness plane: every portfolio against the base (means, 95% CI)", plot, true);
    }

    /** The best constraint-meeting portfolio's gain at every budget, as steps, with its 95% CI. */
    static JFreeChart budgetCurve(PortfolioAnalysis a, String outcomeAxis, String costAxis) {
        XYIntervalSeries steps = new XYIntervalSeries("best portfolio at this budget");
        List<PortfolioAnalysis.BudgetStep> curve = a.budgetCurve();
        double end = Math.max(a.portfolio().budget().overHorizon(a.portfolio().horizonYears()), maxCost(a));
        if (!Double.isFinite(end)) end = maxCost(a);
        for (int i = 0; i < curve.size(); i++) {
            PortfolioAnalysis.Result r = a.result(curve.get(i).portfolio());
            double from = curve.get(i).budget();
            double to = i + 1 < curve.size() ? curve.get(i + 1).budget() : end;
            double g = r.gain().meanDifference();
            double lo = Double.isNaN(r.gain().ciLow()) ? g : r.gain().ciLow();
            double hi = Double.isNaN(r.gain().ciHigh()) ? g : r.gain().ciHigh();
            steps.add(from, from, from, g, lo, hi);
            steps.add(to, to, to, g, g, g);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(steps);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesPaint(0, new Color(0x2171b5));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setErrorPaint(Color.DARK_GRAY);
        XYPlot plot = new XYPlot(data, new NumberAxis(costAxis), new NumberAxis(outcomeAxis), renderer);
        budgetLine(plot, a);
        return Charts.chart("Budget-outcome curve: the most a budget buys (mean gain, 95% CI at each step)", plot, true);
    }

    /** What each option of the recommended portfolio costs when bought alone at its level (capital + running). */
    static JFreeChart allocation(PortfolioAnalysis a, String costAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int best = a.recommendation().best();
        if (best >= 0) {
            PortfolioAnalysis.Result r = a.result(best);
            for (int o = 0; o < r.levels().length; o++) {
                if (r.levels()[o] == 0) continue;
                PortfolioAnalysis.Result alone = a.alone(o, r.levels()[o]);
                var option = a.portfolio().options().get(o);
                String name = option.label() + ": " + option.level(r.levels()[o]).label();
                data.addValue(alone.capital(), "capital", name);
                data.addValue(alone.running().meanDifference(), "running, over the horizon", name);
            }
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, new Color(0x08306b));
        renderer.setSeriesPaint(1, new Color(0x6baed6));
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(costAxis), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return Charts.chart("The recommended portfolio: what each of its options costs bought alone", plot, true);
    }

    private static void add(XYIntervalSeries s, PortfolioAnalysis.Result r) {
        double g = r.gain().meanDifference();
        double lo = Double.isNaN(r.gain().ciLow()) ? g : r.gain().ciLow();
        double hi = Double.isNaN(r.gain().ciHigh()) ? g : r.gain().ciHigh();
        s.add(r.cost(), r.costLow(), r.costHigh(), g, lo, hi);
    }

    private static double maxCost(PortfolioAnalysis a) {
        double max = 0;
        for (PortfolioAnalysis.Result r : a.results()) if (Double.isFinite(r.cost())) max = Math.max(max, r.cost());
        return max;
    }

    private static void budgetLine(XYPlot plot, PortfolioAnalysis a) {
        double limit = a.portfolio().budget().overHorizon(a.portfolio().horizonYears());
        if (!Double.isFinite(limit)) return;
        ValueMarker m = new ValueMarker(limit, new Color(0xd62728), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        m.setLabel("budget over the horizon");
        m.setLabelPaint(new Color(0xd62728));
        plot.addDomainMarker(m, Layer.FOREGROUND);
    }
}
