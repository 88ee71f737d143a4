package org.bordersim.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.bordersim.metrics.RunMetrics;
import org.bordersim.model.BorderModel;
import org.bordersim.scenario.Scenario;
import org.bordersim.world.World;

/**
 * A long run with the heap sampled at the end of every simulated year, after a full garbage
 * collection: the evidence that a run's memory does not grow with its length (no leak per
 * courier, message or officer). A real metrics sink is attached, as in every run; its weekly
 * series are allocated for the whole duration at the start, so they do not grow either.
 */
public final class Soak {
    /** One sample: the heap in use after a full collection, and the couriers then on the road. */
    public record YearSample(int year, long heapBytes, int couriersOnRoad) {
    }

    private Soak() {
    }

    /**
     * Runs one replication of the whole scenario (set its durationDays to the years wanted) and
     * samples every 365 days; {@code progress} hears each year as it ends.
     */
    public static List<YearSample> run(Scenario scenario, World world, long seed, IntConsumer progress) {
        RunMetrics metrics = Replication.metricsFor(scenario, world);
        BorderModel model = new BorderModel(seed, scenario, world, metrics);
        List<YearSample> samples = new ArrayList<>();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        model.start();
        model.schedule.scheduleRepeating(365 * 24 - 1, Integer.MAX_VALUE, state -> {
            int year = samples.size() + 1;
            samples.add(new YearSample(year, heapAfterCollection(memory), model.couriersOnRoad()));
            progress.accept(year);
        }, 365 * 24);
        model.runToEnd();
        return samples;
    }

    private static long heapAfterCollection(MemoryMXBean memory) {
        // Two collections: the first may only move survivors; the second sees what is really retained.
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Heap growth from the end of year 1 to the largest later sample, in bytes. */
    public static long growthAfterFirstYear(List<YearSample> samples) {
        long first = samples.get(0).heapBytes();
        long max = first;
        for (YearSample s : samples) max = Math.max(max, s.heapBytes());
        return max - first;
    }
}
