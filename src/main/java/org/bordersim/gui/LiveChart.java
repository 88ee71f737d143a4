package org.bordersim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A chart that grows as the run plays (JFreeChart, in its own window registered with the console): couriers on the
 * road and shipments seized to date, one point a simulated day. Points are added on the Swing thread.
 */
final class LiveChart {
    private final XYSeries onRoad = new XYSeries("couriers on the road");
    private final XYSeries seized = new XYSeries("shipments seized to date");
    private final JFrame frame;

    LiveChart(String scenario) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(onRoad);
        data.addSeries(seized);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesPaint(1, new Color(0xc00000));
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        r.setSeriesStroke(1, new BasicStroke(1.5f));
        NumberAxis days = new NumberAxis("day");
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, days, new NumberAxis("count"), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("BorderSim: " + scenario, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        frame = new JFrame("BorderSim chart: " + scenario);
        frame.getContentPane().add(new ChartPanel(chart));
        frame.setSize(600, 360);
    }

    JFrame frame() {
        return frame;
    }

    void clear() {
        SwingUtilities.invokeLater(() -> {
            onRoad.clear();
            seized.clear();
        });
    }

    void add(long day, int couriers, long shipmentsSeized) {
        SwingUtilities.invokeLater(() -> {
            onRoad.addOrUpdate(day, couriers);
            seized.addOrUpdate(day, shipmentsSeized);
        });
    }

    /** Points drawn so far (read on the Swing thread). */
    int points() {
        return onRoad.getItemCount();
    }
}
