package org.bordersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bordersim.TestScenarios;
import org.bordersim.cli.CliRunner;
import org.bordersim.metrics.Numbers;
import org.bordersim.output.OutputFile;
import org.bordersim.stats.SobolIndices;
import org.bordersim.stats.Summary;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepAnalysis;
import org.bordersim.sweep.SweepLoader;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep report says what it found first, places levels by value, and shows every Sobol index's interval. */
class SweepReportTest {
    @TempDir
    Path dir;

    private SweepAnalysis run(String name, String design, String parameters) throws Exception {
        Path file = TestScenarios.write(dir, name + ".json", """
                {"name": "%s", "scenario": "%s", "replications": 2, "commonRandomNumbers": true, "seed": 5,
                 "set": {"/durationDays": 28}, "design": %s, "parameters": %s, "outputs": ["kg_seized"]}
                """.formatted(name, TestScenarios.shippedJsonPath("baseline.json"), design, parameters));
        CliRunner.Outcome o = CliRunner.run("sweep", file.toString(), "--quiet", "--out", dir.resolve(name).toString());
        assertEquals(0, o.exit(), o.err());
        Sweep sweep = SweepLoader.load(file);
        Path folder = TestScenarios.onlyFolderIn(dir.resolve(name));
        assertTrue(Files.readString(folder.resolve("report.html")).indexOf("<h2>In short</h2>")
                < Files.readString(folder.resolve("report.html")).indexOf("<h2>Main effects</h2>"), "the words come first");
        // runs.csv keeps the crossings at each place, as a run's does: they add up to each run's crossings.
        java.util.List<String> rows = Files.readAllLines(folder.resolve(OutputFile.RUNS.fileName()));
        java.util.List<String> header = java.util.List.of(rows.get(0).split(","));
        assertTrue(header.contains("crossings_X1") && header.contains("crossings_green-6"), rows.get(0));
        for (String line : rows.subList(1, rows.size())) {
            String[] row = line.split(",", -1);
            long sum = 0;
            for (int i = 0; i < header.size(); i++) if (header.get(i).startsWith("crossings_")) sum += Long.parseLong(row[i]);
            assertEquals(Double.parseDouble(row[header.indexOf("crossings")]), sum, 0.0, line);
        }
        return SweepAnalysis.of(sweep, folder.resolve(OutputFile.RUNS.fileName()));
    }

    @Test
    void mainEffectsSitAtTheirValuesWithWholeNumberTicksAndTheWordsQuoteThem() throws Exception {
        SweepAnalysis a = run("uneven", "{\"type\": \"factorial\", \"bootstrap\": 0}",
                "[{\"name\": \"staffing\", \"pointer\": \"/blos/*/staffing\", \"values\": [2, 3, 9]}]");
        JFreeChart chart = SweepReport.mainEffects(a, 0);
        chart.createBufferedImage(800, 400);
        XYPlot panel = (XYPlot) ((CombinedRangeXYPlot) chart.getPlot()).getSubplots().get(0);
        var data = (YIntervalSeriesCollection) panel.getDataset();
        assertEquals(2.0, data.getXValue(0, 0));
        assertEquals(3.0, data.getXValue(0, 1));
        assertEquals(9.0, data.getXValue(0, 2), "9 sits at 9, not one step after 3");
        NumberAxis axis = assertInstanceOf(NumberAxis.class, panel.getDomainAxis());
        double tick = axis.getTickUnit().getSize();
        assertEquals(Math.rint(tick), tick, "whole-number ticks for whole-number levels");
        Summary low = a.mainEffects().get(0).byOutput()[0][0];
        Summary high = a.mainEffects().get(0).byOutput()[0][2];
        assertEquals(low.mean(), data.getYValue(0, 0), 1e-9);
        assertEquals(low.mean() - low.halfWidth(), data.getStartYValue(0, 0), 1e-9);
        String words = SweepReport.summaryInWords(a);
        assertTrue(words.contains("staffing from 2 to 9 moves its mean from " + Numbers.readable(low.mean()) + " to "
                + Numbers.readable(high.mean())), words);
    }

    @Test
    void sobolIndicesAreDrawnWithTheirBootstrapIntervals() throws Exception {
        SweepAnalysis a = run("sobol", "{\"type\": \"sobol\", \"samples\": 8, \"bootstrap\": 50}",
                "[{\"name\": \"staffing\", \"pointer\": \"/blos/*/staffing\", \"min\": 2, \"max\": 10, \"integer\": true}]");
        var data = (YIntervalSeriesCollection) ((XYPlot) SweepReport.sensitivity(a, 0).getPlot()).getDataset();
        SobolIndices.Index[] x = a.sobol()[0];
        assertEquals(2, data.getSeriesCount(), "first-order and total");
        for (int i = 0; i < x.length; i++) {
            assertEquals(x[i].first(), data.getYValue(0, i), 1e-12);
            assertEquals(x[i].firstLow(), data.getStartYValue(0, i), 1e-12);
            assertEquals(x[i].firstHigh(), data.getEndYValue(0, i), 1e-12);
            assertEquals(x[i].totalLow(), data.getStartYValue(1, i), 1e-12);
            assertEquals(x[i].totalHigh(), data.getEndYValue(1, i), 1e-12);
        }
        assertTrue(x[0].totalHigh() > x[0].totalLow(), "a real interval, not a point");
        assertTrue(SweepReport.summaryInWords(a).startsWith("Quantity seized: staffing has the largest total Sobol index"),
                SweepReport.summaryInWords(a));
    }
}
