package org.bordersim.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bordersim.files.InputException;
import org.bordersim.files.Problem;

/**
 * An ESRI ASCII grid over longitude/latitude (rows north to south), sampled bilinearly between cell centres. Values
 * equal to NODATA make a sample unknown (NaN), as does a point outside the grid.
 */
final class ElevationGrid {
    /** 50 million values (400 MB as doubles): far more than any grid a map of at most 4000 x 4000 cells can use. */
    static final long MAX_VALUES = 50_000_000L;
    private final int columns;
    private final int rows;
    private final double westCentre;
    private final double northCentre;
    private final double step;
    private final double[] values;

    private ElevationGrid(int columns, int rows, double westCentre, double northCentre, double step, double[] values) {
        this.columns = columns;
        this.rows = rows;
        this.westCentre = westCentre;
        this.northCentre = northCentre;
        this.step = step;
        this.values = values;
    }

    /** The value at a point, interpolated between the four surrounding cell centres; NaN where unknown. */
    double sample(double lon, double lat) {
        double fx = (lon - westCentre) / step;
        double fy = (northCentre - lat) / step;
        if (fx < 0 || fy < 0 || fx > columns - 1 || fy > rows - 1) return Double.NaN;
        int x0 = Math.min((int) fx, columns - 2);
        int y0 = Math.min((int) fy, rows - 2);
        int x1 = x0 + 1;
        int y1 = y0 + 1;
        double tx = fx - x0;
        double ty = fy - y0;
        double top = values[y0 * columns + x0] * (1 - tx) + values[y0 * columns + x1] * tx;
        double bottom = values[y1 * columns + x0] * (1 - tx) + values[y1 * columns + x1] * tx;
        return top * (1 - ty) + bottom * ty;
    }

    static ElevationGrid read(Path path, String shown) throws InputException {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Map<String, Double> header = new HashMap<>();
            String line;
            int lineNumber = 0;
            String firstDataLine = null;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String[] words = line.trim().split("\\s+");
                if (words.length == 2 && Character.isLetter(words[0].charAt(0))) {
                    header.put(words[0].toLowerCase(Locale.ROOT), number(shown, lineNumber, words[1]));
                } else {
                    firstDataLine = line;
                    break;
                }
            }
            int columns = whole(shown, header, "ncols");
            int rows = whole(shown, header, "nrows");
            if ((long) columns * rows > MAX_VALUES) {
                throw new InputException(new Problem(shown, "header", "ncols x nrows is " + (long) columns * rows
                        + "; at most " + MAX_VALUES + " values are read"));
            }
            double step = required(shown, header, "cellsize");
            if (step <= 0) throw new InputException(new Problem(shown, "header", "cellsize must be positive"));
            double west = header.containsKey("xllcenter") ? header.get("xllcenter") : required(shown, header, "xllcorner") + step / 2;
            double south = header.containsKey("yllcenter") ? header.get("yllcenter") : required(shown, header, "yllcorner") + step / 2;
            double noData = header.getOrDefault("nodata_value", Double.NaN);
            double[] values = new double[columns * rows];
            int filled = 0;
            for (line = firstDataLine; line != null; line = in.readLine(), lineNumber++) {
                for (String word : line.trim().split("\\s+")) {
                    if (word.isEmpty()) continue;
                    if (filled == values.length) {
                        throw new InputException(new Problem(shown, "line " + lineNumber, "more values than ncols x nrows ("
                                + values.length + ")"));
                    }
                    double v = number(shown, lineNumber, word);
                    values[filled++] = v == noData ? Double.NaN : v;
                }
            }
            if (filled < values.length) {
                throw new InputException(new Problem(shown, "", "has " + filled + " values; the header promises ncols x nrows = "
                        + values.length));
            }
            return new ElevationGrid(columns, rows, west, south + (rows - 1) * step, step, values);
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(shown, "", "file not found"));
        } catch (IOException e) {
            throw new InputException(new Problem(shown, "", "cannot be read: " + e.getMessage()));
        }
    }

    private static double number(String shown, int line, String word) throws InputException {
        try {
            return Double.parseDouble(word);
        } catch (NumberFormatException e) {
            throw new InputException(new Problem(shown, "line " + line, "expected a number, found '" + word + "'"));
        }
    }

    private static double required(String shown, Map<String, Double> header, String key) throws InputException {
        Double v = header.get(key);
        if (v == null) {
            throw new InputException(new Problem(shown, "header", "missing '" + key + "' (an ESRI ASCII grid starts with ncols, "
                    + "nrows, xllcorner or xllcenter, yllcorner or yllcenter, cellsize and optionally NODATA_value)"));
        }
        return v;
    }

    private static int whole(String shown, Map<String, Double> header, String key) throws InputException {
        double v = required(shown, header, key);
        if (v < 2 || v != Math.rint(v) || v > 100_000) {
            throw new InputException(new Problem(shown, "header", key + " must be a whole number from 2 to 100000, found " + v));
        }
        return (int) v;
    }
}
