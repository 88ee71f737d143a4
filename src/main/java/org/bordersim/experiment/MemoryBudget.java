package org.bordersim.experiment;

import java.util.Locale;
import org.bordersim.metrics.GroupTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.PostTotals;
import org.bordersim.metrics.RunMetrics;
import org.bordersim.metrics.SeriesMetric;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.World;

/**
 * What a command's results will hold in memory, checked before anything runs: a run or compare
 * keeps every replication's result (its weekly series grow with the duration), a sweep's
 * analysis keeps a few numbers per point and output. A command that would not fit is refused
 * with the memory it needs, instead of failing with OutOfMemoryError hours later.
 */
public final class MemoryBudget {
    /** Share of the heap the kept results may take; the rest is for the models running and the reports. */
    static final double SHARE = 0.5;

    private MemoryBudget() {
    }

    /** Bytes one replication's result takes (arrays, their headers and the record), rounded up. */
    public static long resultBytes(Scenario s, World w) {
        long weeks = (s.durationHours() + RunMetrics.HOURS_PER_WEEK - 1) / RunMetrics.HOURS_PER_WEEK;
        long locations = w.locationNames().size();
        return 256 + 8L * Metric.values().length + weeks * (16 + 8L * SeriesMetric.values().length)
                + 5 * (16 + 8 * locations) + s.blos().size() * (16 + 8L * PostTotals.values().length)
                + s.groups().size() * (16 + 8L * GroupTotals.values().length);
    }

    /** Null when {@code bytes} fit this JVM's budget; else a refusal saying what it needs and how to get it. */
    public static String refusal(String what, long bytes) {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes <= SHARE * max) return null;
        long gb = (long) Math.ceil(bytes / SHARE / (1L << 30));
        return String.format(Locale.ROOT, "%s would keep about %,d MB of results in memory, more than half of the %,d MB "
                + "this Java may use; give it more (BORDERSIM_JAVA_OPTS=-Xmx%dg ./bordersim ...) or ask for less", what,
                bytes >> 20, max >> 20, Math.max(1, gb));
    }
}
