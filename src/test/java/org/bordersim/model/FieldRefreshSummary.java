package org.bordersim.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Sums a flight recording's cost-field refreshes by kind: how many, their total and mean time, and the mean number of
 * cells changed (docs/PERFORMANCE.md). Usage: {@code FieldRefreshSummary recording.jfr}.
 */
public final class FieldRefreshSummary {
    private FieldRefreshSummary() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, double[]> byKind = new TreeMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("bordersim.FieldRefresh")) continue;
            double[] t = byKind.computeIfAbsent(e.getString("kind"), k -> new double[3]);
            t[0]++;
            t[1] += e.getDuration().toNanos() / 1e9;
            t[2] += e.getInt("changed");
        }
        System.out.printf("%-20s %8s %10s %10s %14s%n", "kind", "count", "total s", "mean ms", "mean changed");
        for (var k : byKind.entrySet()) {
            double[] t = k.getValue();
            System.out.printf("%-20s %8d %10.1f %10.2f %14.0f%n", k.getKey(), (long) t[0], t[1], 1000 * t[1] / t[0], t[2] / t[0]);
        }
    }
}
