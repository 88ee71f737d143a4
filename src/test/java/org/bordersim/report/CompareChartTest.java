package org.bordersim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.bordersim.TestScenarios;
import org.bordersim.experiment.Comparison;
import org.bordersim.metrics.Metric;
import org.bordersim.stats.PairedDifference;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare report's bars are the table's numbers: each alternative's paired difference and its CI. */
class CompareChartTest {
    @TempDir
    Path dir;

    @Test
    void barsShowThePairedDifferenceWithItsInterval() throws InterruptedException {
        Path base = TestScenarios.extending(dir, "b.json", TestScenarios.shipped("baseline.json"), "\"durationDays\": 28, \"replications\": 5");
        Path more = TestScenarios.extending(dir, "m.json", base, "\"name\": \"more\", \"overrides\": {\"/blos/*/staffing\": 12}");
        Comparison c = Comparison.run(List.of(TestScenarios.prepare(base), TestScenarios.prepare(more)), 2, () -> { });
        var data = (DefaultStatisticalCategoryDataset) ((CategoryPlot) CompareReport.bars(c, List.of("baseline", "more"),
                Metric.TOTAL_COST).getPlot()).getDataset();
        PairedDifference d = c.difference(1, Metric.TOTAL_COST);
        assertEquals(1, data.getColumnCount(), "one bar per alternative, none for the baseline itself");
        assertEquals(d.meanDifference(), data.getMeanValue(0, 0).doubleValue(), 1e-9);
        assertEquals((d.ciHigh() - d.ciLow()) / 2, data.getStdDevValue(0, 0).doubleValue(), 1e-9);
    }
}
