package org.bordersim.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bordersim.files.Problem;
import org.bordersim.scenario.AsciiMap;

/** Reads a map drawn in the scenario: a terrain layer and a country layer of equal size. */
final class AsciiMapReader {
    private static final String CROSSING = "crossing";

    private AsciiMapReader() {
    }

    /** Row shapes are already checked by ScenarioChecks; problems here are unknown characters. */
    static GridMap read(String file, AsciiMap ascii, double cellKm, List<Problem> problems) {
        Map<Integer, String> legend = new TreeMap<>();
        for (Terrain t : Terrain.values()) legend.put((int) t.symbol(), t.jsonName());
        legend.put((int) 'B', CROSSING);
        ascii.legend().forEach((k, v) -> legend.put(k.codePointAt(0), v));

        int height = ascii.terrain().size();
        int width = ascii.terrain().get(0).length();
        byte[] terrain = new byte[width * height];
        int[] country = new int[width * height];
        boolean[] bcp = new boolean[width * height];
        Map<Character, Integer> countryIndex = new LinkedHashMap<>();
        List<String> countryIds = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            String row = ascii.terrain().get(y);
            String countryRow = ascii.countries().get(y);
            for (int x = 0; x < width; x++) {
                int cell = y * width + x;
                char ch = row.charAt(x);
                String name = legend.get((int) ch);
                if (name == null) {
                    problems.add(new Problem(file, "/map/ascii/terrain/" + y, "unknown terrain character '" + ch
                            + "' at column " + x + "; the legend has " + legendText(legend)));
                    continue;
                }
                if (name.equals(CROSSING)) {
                    terrain[cell] = (byte) Terrain.ROAD.ordinal();
                    bcp[cell] = true;
                } else {
                    terrain[cell] = (byte) Terrain.valueOf(name.toUpperCase(Locale.ROOT)).ordinal();
                }
                char id = countryRow.charAt(x);
                Integer index = countryIndex.get(id);
                if (index == null) {
                    index = countryIds.size();
                    countryIndex.put(id, index);
                    countryIds.add(String.valueOf(id));
                }
                country[cell] = index;
            }
        }
        return new GridMap(width, height, cellKm, terrain, country, countryIds, bcp);
    }

    private static String legendText(Map<Integer, String> legend) {
        StringBuilder sb = new StringBuilder();
        legend.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append('\'')
                .appendCodePoint(k).append("' ").append(v));
        return sb.toString();
    }
}
