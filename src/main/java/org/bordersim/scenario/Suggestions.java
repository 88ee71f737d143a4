package org.bordersim.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean" hints for misspelt names, by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** E.g. {@code "; did you mean 'staffing'?"}; else the list of valid names; empty if none known. */
    public static String didYouMean(String given, Collection<String> valid) {
        if (valid.isEmpty()) return "";
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int d = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (bestDistance <= Math.max(2, given.length() / 3)) return "; did you mean '" + best + "'?";
        return "; valid fields here: " + String.join(", ", valid);
    }

    /** Fields of scenario files before version 0.2, when distances were in cells and speeds in hours per cell. */
    private static final Map<String, String> RENAMED = Map.of(
            "travelHours", "'speedKmh' (km/h: map.cellKm / travelHours)",
            "speedCellsPerHour", "'speedKmh' (km/h: cells per hour x map.cellKm)",
            "sectorRadiusCells", "'sectorRadiusKm' (cells x map.cellKm)",
            "detectionRangeCells", "'detectionRangeKm' (cells x map.cellKm)",
            "memoryRadiusCells", "'memoryRadiusKm' (cells x map.cellKm)",
            "stagingRadiusCells", "'stagingRadiusKm' (cells x map.cellKm)");

    /** For a field renamed when its unit changed: what it is now and how to convert. */
    public static Optional<String> renamed(String given) {
        String now = RENAMED.get(given);
        return now == null ? Optional.empty()
                : Optional.of("; since version 0.2 it is " + now + ", so that the same geography at another cell size gives the same results");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitution, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
