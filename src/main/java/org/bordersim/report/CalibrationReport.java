package org.bordersim.report;

import static org.bordersim.report.HtmlReport.esc;
import static org.bordersim.report.HtmlReport.img;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bordersim.calibrate.AbcSmc;
import org.bordersim.calibrate.CalibrationRun;
import org.bordersim.calibrate.Posterior;
import org.bordersim.calibrate.Prior;
import org.bordersim.calibrate.Target;
import org.bordersim.metrics.Numbers;
import org.bordersim.output.OutputFile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A finished calibration's report: what each parameter's posterior looks like against its prior and whether the data
 * pin it down, the posterior-predictive check of every target, and how the tolerance fell (report.html, charts/).
 */
public final class CalibrationReport {
    private static final int BINS = 20;
    /** Pairwise plots are drawn for at most this many parameters (every pair among them). */
    private static final int PAIRS_OF = 4;

    private CalibrationReport() {
    }

    public static void write(CalibrationRun.Outcome o, String programVersion) throws IOException {
        Path dir = o.folder();
        Files.createDirectories(dir.resolve("charts"));
        AbcSmc.Generation last = o.result().last();
        var c = o.calibration();
        StringBuilder h = HtmlReport.page(c.name());
        h.append("<h1>BorderSim calibration: ").append(esc(c.name())).append("</h1>\n<p>").append(esc(c.description())).append("</p>\n");
        h.append("<p><small>Scenario ").append(esc(c.base().scenario().name())).append(" (SHA-256 ").append(c.base().sha256(), 0, 12)
                .append("&hellip;); ABC-SMC, adaptive population Monte Carlo (Lenormand, Jabot and Deffuant 2013), ")
                .append(c.budget().particles()).append(" particles a generation, ").append(last.theta().length).append(" kept; ")
                .append(o.result().generations().size()).append(" generations, ").append(last.simulations()).append(" simulations of ")
                .append(c.budget().replicationsPerParticle()).append(" replication(s) each; stopped because ")
                .append(esc(o.result().stop().why())).append(". BorderSim ").append(esc(programVersion)).append(".</small></p>\n");

        h.append("<h2>In short</h2>\n<p class=lead>").append(esc(inWords(o))).append("</p>\n");

        h.append("<h2>What the data pin down</h2>\n<p>Each parameter's posterior (bars, weighted) over its prior range. ")
                .append("A parameter is <b>pinned down</b> when its 90% credible interval covers less than half of its prior range; ")
                .append("one the data say little about keeps most of its prior, and the calibrated value of it is not a finding.</p>\n")
                .append("<table><tr><th class=l>parameter</th><th class=l>pointer</th><th>prior</th><th>median</th><th>90% interval</th>")
                .append("<th>share of prior</th><th class=l>verdict</th></tr>\n");
        for (int k = 0; k < o.parameters().size(); k++) {
            Posterior.Parameter p = o.parameters().get(k);
            h.append("<tr><td class=l>").append(esc(p.prior().name())).append("</td><td class=l><code>").append(esc(p.prior().pointer()))
                    .append("</code></td><td class=n>").append(Numbers.short3(p.prior().min())).append(" &ndash; ")
                    .append(Numbers.short3(p.prior().max())).append("</td><td>").append(Numbers.short3(p.median()))
                    .append("</td><td class=n>").append(Numbers.short3(p.q05())).append(" &ndash; ").append(Numbers.short3(p.q95()))
                    .append("</td><td>").append(RunSummary.percent(p.share())).append("</td><td class=l>")
                    .append(esc(p.identified().words())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (int k = 0; k < o.parameters().size(); k++) {
            Path png = dir.resolve("charts/posterior-" + k + ".png");
            Charts.png(marginal(last, k, c.parameters().get(k)), png, 600, 300);
            h.append(img(png, "posterior of " + c.parameters().get(k).name()));
        }
        int pairs = Math.min(PAIRS_OF, c.parameters().size());
        if (pairs > 1) {
            h.append("<h3>Pairs</h3>\n<p>Kept particles, two parameters at a time: a ridge means the data fix a combination of ")
                    .append("the two rather than each.</p>\n");
            for (int a = 0; a < pairs; a++) {
                for (int b = a + 1; b < pairs; b++) {
                    Path png = dir.resolve("charts/pair-" + a + "-" + b + ".png");
                    Charts.png(pair(last, a, b, c.parameters()), png, 450, 450);
                    h.append(img(png, c.parameters().get(a).name() + " against " + c.parameters().get(b).name()));
                }
            }
        }

        h.append("<h2>Does the calibrated model reproduce what is observed?</h2>\n<p>For each target, fresh simulations at ")
                .append(CalibrationRun.PREDICTIVE_DRAWS).append(" parameter values drawn from the posterior (the model's values, without observation error) against ")
                .append("the observation and its uncertainty; and the nearest any kept particle came, which says whether the ")
                .append("model can reach the figure at all within the priors.</p>\n<table><tr>")
                .append("<th class=l>target</th><th>observed</th><th>uncertainty</th><th>simulated median</th><th>90% of simulations</th>")
                .append("<th>nearest simulated</th><th class=l>verdict</th><th class=l>source</th></tr>\n");
        for (Posterior.Check k : o.checks()) {
            Target t = k.target();
            h.append(k.fit() == Posterior.Fit.UNREACHABLE || k.fit() == Posterior.Fit.OFF ? "<tr class=head>" : "<tr>")
                    .append("<td class=l>").append(esc(t.name())).append("</td><td>").append(Numbers.short3(t.observed()))
                    .append("</td><td>").append(Numbers.short3(t.uncertainty())).append("</td><td>").append(Numbers.short3(k.median()))
                    .append("</td><td class=n>").append(Numbers.short3(k.q05())).append(" &ndash; ").append(Numbers.short3(k.q95()))
                    .append("</td><td>").append(Numbers.short3(k.nearest())).append("</td><td class=l>").append(esc(k.fit().words()))
                    .append("</td><td class=l>").append(esc(t.source())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        Path tolerance = dir.resolve("charts/tolerance.png");
        Charts.png(tolerance(o.result()), tolerance, 600, 300);
        h.append("<h2>How the tolerance fell</h2>\n").append(img(tolerance, "tolerance by generation"));
        h.append("<h2>Files</h2>\n<ul><li><code>").append(CalibrationRun.POSTERIOR).append("</code>: the posterior sample (kept ")
                .append("particles with weights, distances and simulated targets)</li><li><code>").append(CalibrationRun.PARAMETERS)
                .append("</code>: each parameter's summary and verdict</li><li><code>").append(CalibrationRun.PREDICTIVE)
                .append("</code>: the check of every target</li><li><code>").append(CalibrationRun.GENERATIONS)
                .append("</code>: tolerance, acceptance and effective sample by generation</li><li><code>simulations.csv</code>: ")
                .append("every simulation (the journal a resumed calibration reads)</li><li><code>").append(CalibrationRun.CALIBRATED)
                .append("</code>: the scenario at the posterior medians (run it from this folder)</li></ul>\n</body></html>\n");
        Files.writeString(dir.resolve(OutputFile.REPORT.fileName()), h, StandardCharsets.UTF_8);
    }

    /** The findings in words: what is pinned down, what is not, and which targets the model cannot reach. */
    public static String inWords(CalibrationRun.Outcome o) {
        StringBuilder s = new StringBuilder();
        List<Posterior.Parameter> pinned = o.parameters().stream().filter(p -> p.identified() == Posterior.Identified.PINNED_DOWN).toList();
        List<Posterior.Parameter> open = o.parameters().stream().filter(p -> p.identified() != Posterior.Identified.PINNED_DOWN).toList();
        if (!pinned.isEmpty()) {
            s.append("The targets pin down ");
            for (int i = 0; i < pinned.size(); i++) {
                Posterior.Parameter p = pinned.get(i);
                s.append(i == 0 ? "" : i == pinned.size() - 1 ? " and " : ", ").append(p.prior().name()).append(" (")
                        .append(Numbers.short3(p.median())).append(", 90% between ").append(Numbers.short3(p.q05())).append(" and ")
                        .append(Numbers.short3(p.q95())).append(")");
            }
            s.append(". ");
        }
        if (!open.isEmpty()) {
            s.append("They say little about ");
            for (int i = 0; i < open.size(); i++) {
                s.append(i == 0 ? "" : i == open.size() - 1 ? " and " : ", ").append(open.get(i).prior().name());
            }
            s.append(open.size() == 1 ? ", which keeps most of its prior range: its calibrated value is not a finding. "
                    : ", which keep most of their prior ranges: their calibrated values are not findings. ");
        }
        for (Posterior.Check k : o.checks()) {
            if (k.fit() == Posterior.Fit.UNREACHABLE) {
                s.append("The model cannot reach '").append(k.target().name()).append("' within these priors: observed ")
                        .append(Numbers.short3(k.target().observed())).append(" (uncertainty ").append(Numbers.short3(k.target().uncertainty()))
                        .append("), the nearest any kept simulation came is ").append(Numbers.short3(k.nearest()))
                        .append(". Widen a prior, add a mechanism, or question the figure. ");
            } else if (k.fit() == Posterior.Fit.OFF) {
                s.append("'").append(k.target().name()).append("' is fitted badly (simulated median ").append(Numbers.short3(k.median()))
                        .append(" against ").append(Numbers.short3(k.target().observed())).append("). ");
            }
        }
        if (o.checks().stream().allMatch(k -> k.fit() == Posterior.Fit.FITS || k.fit() == Posterior.Fit.LOOSE)) {
            s.append("Every target is reproduced within two of its uncertainties.");
        }
        return s.toString().trim();
    }

    private static JFreeChart marginal(AbcSmc.Generation g, int k, Prior prior) {
        double[] w = g.weights();
        double width = (prior.max() - prior.min()) / BINS;
        double[] mass = new double[BINS];
        for (int i = 0; i < w.length; i++) {
            int bin = (int) Math.min(BINS - 1, Math.max(0, Math.floor((g.theta()[i][k] - prior.min()) / width)));
            mass[bin] += w[i];
        }
        XYSeries posterior = new XYSeries("posterior (weighted share of particles)");
        XYSeries uniform = new XYSeries("prior");
        for (int b = 0; b < BINS; b++) {
            posterior.add(prior.min() + (b + 0.5) * width, mass[b]);
            uniform.add(prior.min() + (b + 0.5) * width, 1.0 / BINS);
        }
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setShadowVisible(false);
        bars.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        bars.setSeriesPaint(0, new Color(0x1f77b4));
        NumberAxis x = new NumberAxis(prior.name());
        x.setRange(prior.min(), prior.max());
        XYPlot plot = new XYPlot(new XYSeriesCollection(posterior), x, new NumberAxis("share"), bars);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.GRAY);
        line.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
        plot.setDataset(1, new XYSeriesCollection(uniform));
        plot.setRenderer(1, line);
        return Charts.chart(prior.name(), plot, true);
    }

    private static JFreeChart pair(AbcSmc.Generation g, int a, int b, List<Prior> priors) {
        XYSeries points = new XYSeries("kept particles", false);
        for (double[] t : g.theta()) points.add(t[a], t[b]);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, new Color(31, 119, 180, 120));
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        NumberAxis x = new NumberAxis(priors.get(a).name());
        x.setRange(priors.get(a).min(), priors.get(a).max());
        NumberAxis y = new NumberAxis(priors.get(b).name());
        y.setRange(priors.get(b).min(), priors.get(b).max());
        return Charts.chart(priors.get(a).name() + " and " + priors.get(b).name(), new XYPlot(new XYSeriesCollection(points), x, y, dots), false);
    }

    private static JFreeChart tolerance(AbcSmc.Result r) {
        XYSeries s = new XYSeries("tolerance (distance of the last particle kept)");
        for (AbcSmc.Generation g : r.generations()) s.add(g.number(), g.tolerance());
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, new Color(0x1f4e79));
        return Charts.chart("Tolerance by generation", new XYPlot(new XYSeriesCollection(s), new NumberAxis("generation"),
                new NumberAxis("tolerance"), line), false);
    }
}
