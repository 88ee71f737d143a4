package org.bordersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.bordersim.metrics.RunResult;
import org.bordersim.metrics.SeriesMetric;
import org.bordersim.stats.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The charts of a run's results folder, as PNG files. */
final class Charts {
    static final int WIDTH = 900;
    static final int HEIGHT = 450;

    private Charts() {
    }

    /**
     * Mean over replications of a weekly series with its 95% confidence band. The series plotted
     * are counts and quantities, so the band is clipped at 0 (the legend says so). Only the first
     * {@code fullWeeks} weeks are drawn: a short last week would look like a sudden drop.
     */
    static JFreeChart weeklyWithBand(List<RunResult> runs, int fullWeeks, SeriesMetric metric, String title, String yLabel) {
        YIntervalSeries series = new YIntervalSeries("mean of " + runs.size() + " replications (band: 95% CI, clipped at 0)");
        int weeks = Math.min(fullWeeks, runs.get(0).weeks());
        double[] values = new double[runs.size()];
        for (int w = 0; w < weeks; w++) {
            for (int r = 0; r < runs.size(); r++) values[r] = runs.get(r).weekly(w, metric);
            Summary s = Summary.of95(values);
            if (s.n() == 0) continue;
            double low = Double.isNaN(s.ciLow()) ? s.mean() : Math.max(0, s.ciLow());
            double high = Double.isNaN(s.ciHigh()) ? s.mean() : s.ciHigh();
            series.add(w + 1, s.mean(), low, high);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, new Color(0x1f4e79));
        renderer.setSeriesFillPaint(0, new Color(0x9dc3e6));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, new NumberAxis("week"), new NumberAxis(yLabel), renderer);
        return chart(title, plot, true);
    }

    /** Mean crossings per replication at each location, with 95% CI error bars. */
    static JFreeChart crossingsByLocation(List<RunResult> runs, List<String> locations) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double[] values = new double[runs.size()];
        for (int l = 0; l < locations.size(); l++) {
            for (int r = 0; r < runs.size(); r++) values[r] = runs.get(r).crossingsByLocation()[l];
            Summary s = Summary.of95(values);
            double half = Double.isNaN(s.halfWidth()) ? 0 : s.halfWidth();
            String series = locations.get(l).startsWith("green-") ? "green border" : "official crossing";
            data.add(s.mean(), half, series, locations.get(l));
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis("location (crossing points X1..., green-border stretches north to south)"),
                new NumberAxis("crossings per replication"), renderer);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        renderer.setSeriesPaint(0, new Color(0x1f4e79));
        renderer.setSeriesPaint(1, new Color(0x70ad47));
        return chart("Where couriers cross the border (mean, 95% CI)", plot, true);
    }

    /**
     * Mean share of each location in the crossings of each quarter of the run: displacement shows
     * as bars that shrink at one place and grow at another from Q1 to Q4.
     */
    static JFreeChart sharesByQuarter(List<RunResult> runs, List<String> locations) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double[] values = new double[runs.size()];
        for (int q = 0; q < 4; q++) {
            for (int l = 0; l < locations.size(); l++) {
                for (int r = 0; r < runs.size(); r++) {
                    long total = 0;
                    for (long c : runs.get(r).crossingsByQuarter()[q]) total += c;
                    values[r] = total == 0 ? Double.NaN : runs.get(r).crossingsByQuarter()[q][l] / (double) total;
                }
                Summary s = Summary.of95(values);
                if (s.n() == 0) continue;
                data.add(s.mean(), Double.isNaN(s.halfWidth()) ? 0 : s.halfWidth(), "Q" + (q + 1), locations.get(l));
            }
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        Color[] shades = {new Color(0xc6dbef), new Color(0x6baed6), new Color(0x2171b5), new Color(0x08306b)};
        for (int q = 0; q < 4; q++) renderer.setSeriesPaint(q, shades[q]);
        CategoryPlot plot = new CategoryPlot(data, new org.jfree.chart.axis.CategoryAxis("location"),
                new NumberAxis("share of the quarter's crossings"), renderer);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart("Where couriers cross, quarter by quarter (mean share, 95% CI)", plot, true);
    }

    /** The project's chart look: white plot with light grid lines, on white. */
    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        if (plot instanceof XYPlot xy) plain(xy);
        if (plot instanceof CategoryPlot cat) plain(cat);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static void plain(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    static void plain(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    }

    static void png(JFreeChart chart, Path file) throws IOException {
        png(chart, file, WIDTH, HEIGHT);
    }

    static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        writePng(chart.createBufferedImage(width, height), file);
    }

    /**
     * Writes an image as PNG. ImageIO's default file cache fails on a full disk with a
     * NullPointerException after the real error; without it, a full disk is an IOException like any other.
     */
    static void writePng(BufferedImage image, Path file) throws IOException {
        ImageIO.setUseCache(false);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        } catch (RuntimeException e) {
            throw new IOException("cannot write " + file + ": " + e, e);
        }
    }
}
