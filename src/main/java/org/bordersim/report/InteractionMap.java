package org.bordersim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bordersim.design.FactorialDesign;
import org.bordersim.design.SweepParameter;
import org.bordersim.metrics.Numbers;
import org.bordersim.stats.Summary;
import org.bordersim.sweep.SweepAnalysis;

/**
 * For a factorial sweep of two parameters, the question it asks in one picture: the mean of an
 * output at every combination, as a grid shaded from the lowest mean (white) to the highest (dark
 * blue), each cell labelled with its mean. Whether one lever makes up for the other reads off the
 * rows and columns; the main-effect panels average this away.
 */
final class InteractionMap {
    private InteractionMap() {
    }

    /** Whether the sweep has such a grid: a factorial design of exactly two parameters. */
    static boolean applies(SweepAnalysis a) {
        return a.sweep().design() instanceof FactorialDesign && a.sweep().parameters().size() == 2;
    }

    static void png(SweepAnalysis a, int output, Path file) throws IOException {
        FactorialDesign d = (FactorialDesign) a.sweep().design();
        List<SweepParameter> ps = a.sweep().parameters();
        List<String> cols = ps.get(0).grid().stream().map(SweepParameter::text).toList();
        List<String> rows = ps.get(1).grid().stream().map(SweepParameter::text).toList();
        double[][] mean = new double[rows.size()][cols.size()];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SweepAnalysis.PointSummary p : a.points()) {
            Summary s = p.outputs()[output];
            double m = s == null ? Double.NaN : s.mean();
            mean[d.level(p.point(), 1)][d.level(p.point(), 0)] = m;
            if (Double.isFinite(m)) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        int cell = 90;
        int left = 150;
        int top = 70;
        int w = Math.max(640, left + cell * cols.size() + 20);
        int h = top + cell * rows.size() + 50;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        String metric = a.sweep().outputs().get(output).column();
        g.drawString(metric + ": mean at every combination", 10, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(ps.get(0).name() + " \u2192", left, top - 30);
        g.drawString(ps.get(1).name() + " \u2193", 10, top - 8);
        FontMetrics fm = g.getFontMetrics();
        for (int c = 0; c < cols.size(); c++) {
            g.drawString(cols.get(c), left + c * cell + (cell - fm.stringWidth(cols.get(c))) / 2, top - 8);
        }
        for (int r = 0; r < rows.size(); r++) {
            g.setColor(Color.BLACK);
            g.drawString(rows.get(r), 10, top + r * cell + cell / 2 + 5);
            for (int c = 0; c < cols.size(); c++) {
                double m = mean[r][c];
                double t = !Double.isFinite(m) || hi == lo ? 0 : (m - lo) / (hi - lo);
                Color shade = new Color((int) (247 - t * (247 - 8)), (int) (251 - t * (251 - 48)), (int) (255 - t * (255 - 107)));
                g.setColor(Double.isFinite(m) ? shade : Color.LIGHT_GRAY);
                g.fillRect(left + c * cell, top + r * cell, cell - 2, cell - 2);
                String label = Double.isFinite(m) ? Numbers.readable(Math.abs(m) >= 1000 ? Math.round(m) : m) : "-";
                g.setColor(t > 0.55 ? Color.WHITE : Color.BLACK);
                g.drawString(label, left + c * cell + (cell - fm.stringWidth(label)) / 2, top + r * cell + cell / 2 + 5);
            }
        }
        g.setColor(Color.DARK_GRAY);
        String unit = a.sweep().outputs().get(output).unit().replace("currency", a.sweep().base().scenario().costs().currency());
        g.drawString("lightest " + Numbers.readable(lo) + ", darkest " + Numbers.readable(hi) + " (" + unit
                + "); means over the replications of each point", 10, h - 18);
        g.dispose();
        Charts.writePng(img, file);
    }
}
