package org.bordersim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.Scenario;
import org.bordersim.stats.PairedDifference;
import org.bordersim.world.CrossingPoint;
import org.bordersim.world.Terrain;
import org.bordersim.world.World;

/**
 * A picture of the map: terrain colours (countries that share a border in different shades), the border, crossing points labelled by name,
 * the countries' names, every green-border stretch labelled where its middle lies, each BLO's patrol sector dotted in
 * its own colour, and under it a legend and a scale bar in km. Given a run's results it also shows where couriers
 * crossed (a blue disc at each location, its area proportional to the mean crossings per replication) and where they
 * were seized (a red disc at each cell, its area proportional to the seizures there per replication).
 */
public final class MapImage {
    private MapImage() {
    }

    /**
     * What happened where, over a run's replications: mean crossings per replication at each location, and
     * seizures per replication at each cell (sparse, as cell and count pairs).
     */
    public record Activity(double[] crossingsPerLocation, int[] seizureCells, double[] seizuresPerCell) {
        public static Activity of(World world, List<RunResult> runs) {
            double[] crossings = new double[world.locationNames().size()];
            java.util.TreeMap<Integer, Integer> seizures = new java.util.TreeMap<>();
            for (RunResult r : runs) {
                for (int l = 0; l < crossings.length; l++) crossings[l] += r.crossingsByLocation()[l] / (double) runs.size();
                for (int cell : r.seizureCells()) seizures.merge(cell, 1, Integer::sum);
            }
            int[] cells = seizures.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] perCell = seizures.values().stream().mapToDouble(n -> n / (double) runs.size()).toArray();
            return new Activity(crossings, cells, perCell);
        }
    }

    /**
     * Where crossings moved between a scenario and a what-if on the same map: at each place the paired difference of
     * mean crossings per replication (what-if less scenario), and whether its 95% interval excludes 0.
     */
    public record Shift(double[] difference, boolean[] detectable) {
        /** Scenario {@code s} of a comparison against its baseline, at every place of the baseline's map. */
        public static Shift of(org.bordersim.experiment.Comparison c, int s) {
            List<PairedDifference> byPlace = new java.util.ArrayList<>();
            for (int l = 0; l < c.scenarios().get(0).world().locationNames().size(); l++) byPlace.add(c.placeDifference(s, l));
            return of(byPlace);
        }

        /** From each place's paired difference, in the map's order of places. */
        public static Shift of(List<PairedDifference> byPlace) {
            double[] difference = byPlace.stream().mapToDouble(PairedDifference::meanDifference).toArray();
            boolean[] detectable = new boolean[difference.length];
            for (int l = 0; l < detectable.length; l++) detectable[l] = byPlace.get(l).detectable();
            return new Shift(difference, detectable);
        }
    }

    static void png(World world, Scenario scenario, Shift shift, Path file) throws IOException {
        Charts.writePng(image(world, scenario, null, shift), file);
    }

    static void png(World world, Scenario scenario, Activity activity, Path file) throws IOException {
        Charts.writePng(image(world, scenario, activity, null), file);
    }

    /** The picture without results, as PNG bytes (the studio sends it to the browser). */
    public static byte[] pngBytes(World world, Scenario scenario) throws IOException {
        return bytes(image(world, scenario, null, null));
    }

    /** The picture with where crossings moved, as PNG bytes. */
    public static byte[] pngBytes(World world, Scenario scenario, Shift shift) throws IOException {
        return bytes(image(world, scenario, null, shift));
    }

    private static byte[] bytes(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.setUseCache(false);
        if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        return out.toByteArray();
    }

    /** Pixels per cell of the picture (views that draw on it need it). */
    public static int scale(World world) {
        return Math.max(1, Math.min(16, 900 / Math.max(world.width(), world.height())));
    }

    static BufferedImage image(World world, Scenario scenario, Activity activity, Shift shift) {
        int scale = scale(world);
        int w = world.width() * scale;
        int h = world.height() * scale;
        // The key's lettering grows with the picture, which pages show shrunk to their width.
        int text = Math.max(12, Math.max(w, 620) / 55);
        int keyLines = activity == null && shift == null ? 7 : 9;
        BufferedImage img = new BufferedImage(Math.max(w, 620), h + keyLines * text, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        boolean[] present = terrain(img, world, scale);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        sectors(g, world, scale);
        countryNames(g, world, scale, text);
        double largestCrossings = 0;
        double largestSeizures = 0;
        if (activity != null) {
            largestSeizures = seizureDiscs(g, world, activity, scale);
            largestCrossings = crossingDiscs(g, world, activity, scale);
        }
        Double largestShift = shift == null ? null : shiftDiscs(g, world, shift, scale);
        locationNames(g, world, scale, text);
        key(g, img.getWidth(), world, scenario, scale, h, present, text, activity == null ? null : new double[] {largestCrossings, largestSeizures},
                largestShift);
        g.dispose();
        return img;
    }

    /**
     * Each cell a square of its terrain's colour (shaded by country, neighbours apart), the border and posts over it.
     * Written straight into the picture's pixels: a real border's map has millions of cells, and drawing each as a
     * shape took about as long as the rest of the report.
     */
    private static boolean[] terrain(BufferedImage img, World world, int scale) {
        Terrain[] terrains = Terrain.values();
        boolean[] present = new boolean[terrains.length];
        int[][] rgb = new int[SHADES.length][terrains.length];
        for (Terrain t : terrains) {
            for (int k = 0; k < SHADES.length; k++) rgb[k][t.ordinal()] = shaded(colour(t), SHADES[k]).getRGB();
        }
        int[] shade = countryShades(world);
        int w = world.width();
        for (int c = 0; c < world.cells(); c++) {
            Terrain t = world.map().terrain(c);
            present[t.ordinal()] = true;
            int colour = rgb[shade[world.map().country(c)]][t.ordinal()];
            if (world.border(c)) colour = BORDER.getRGB();
            if (world.post(c)) colour = POST.getRGB();
            int x0 = (c % w) * scale;
            int y0 = (c / w) * scale;
            for (int y = y0; y < y0 + scale; y++) for (int x = x0; x < x0 + scale; x++) img.setRGB(x, y, colour);
        }
        return present;
    }

    /** Brightness of each country shade: the first country as drawn, the next darker (Color.darker's 0.7), then two more. */
    private static final double[] SHADES = {1.0, 0.7, 0.85, 0.55};

    private static Color shaded(Color c, double factor) {
        return factor == 0.7 ? c.darker() : new Color((int) (c.getRed() * factor), (int) (c.getGreen() * factor),
                (int) (c.getBlue() * factor));
    }

    /**
     * A shade per country such that countries that share a border differ: each country, in index order, takes the first
     * shade none of its neighbours already has (two countries: as drawn, then darker, as on every two-country map).
     * Four shades do for the maps planners draw; past that a shade repeats, which the map then shows.
     */
    static int[] countryShades(World world) {
        int n = world.map().countryIds().size();
        boolean[][] touches = new boolean[n][n];
        int[] around = new int[8];
        for (int c = 0; c < world.cells(); c++) {
            if (!world.border(c)) continue;
            int k = world.map().neighbours(c, around);
            for (int i = 0; i < k; i++) {
                int a = world.map().country(c);
                int b = world.map().country(around[i]);
                touches[a][b] = touches[b][a] = true;
            }
        }
        int[] shade = new int[n];
        for (int a = 0; a < n; a++) {
            boolean[] taken = new boolean[SHADES.length];
            for (int b = 0; b < a; b++) if (touches[a][b] && a != b) taken[shade[b]] = true;
            int s = 0;
            while (s < SHADES.length - 1 && taken[s]) s++;
            shade[a] = taken[s] ? a % SHADES.length : s;
        }
        return shade;
    }

    /** A dot in the BLO's colour on every cell of its patrol sector. */
    private static void sectors(Graphics2D g, World world, int scale) {
        int dot = Math.max(1, scale / 3);
        for (int b = 0; b < world.bloCount(); b++) {
            g.setColor(sectorColour(b));
            for (int c : world.bloSite(b).sectorCells()) {
                g.fillRect(x(world, c, scale) + (scale - dot) / 2, y(world, c, scale) + (scale - dot) / 2, dot, dot);
            }
        }
    }

    /** Each country's name at the middle of its cells, large and pale, under everything else's labels. */
    private static void countryNames(Graphics2D g, World world, int scale, int text) {
        List<String> ids = world.map().countryIds();
        double[] sx = new double[ids.size()];
        double[] sy = new double[ids.size()];
        int[] n = new int[ids.size()];
        for (int c = 0; c < world.cells(); c++) {
            int k = world.country(c);
            sx[k] += c % world.width();
            sy[k] += c / world.width();
            n[k]++;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(text * 1.6f)));
        FontMetrics fm = g.getFontMetrics();
        for (int k = 0; k < ids.size(); k++) {
            if (n[k] == 0 || ids.get(k).equals(World.OUTSIDE_COUNTRY)) continue;
            String name = "country " + ids.get(k);
            int px = (int) Math.round((sx[k] / n[k] + 0.5) * scale) - fm.stringWidth(name) / 2;
            int py = (int) Math.round((sy[k] / n[k] + 0.5) * scale);
            halo(g, name, px, py, new Color(0, 0, 0, 150));
        }
    }

    /** Crossing points' names by their first cell, green stretches' names by their middle cell. */
    private static void locationNames(Graphics2D g, World world, int scale, int text) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, Math.min(text + 2, scale * 2))));
        for (CrossingPoint p : world.crossingPoints()) {
            int c = p.cells().get(0);
            halo(g, p.name(), x(world, c, scale) + 2 * scale, y(world, c, scale), Color.BLACK);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, Math.max(9, Math.min(text, scale * 3 / 2))));
        int[] middle = locationCells(world);
        for (int l = world.crossingPoints().size(); l < middle.length; l++) {
            if (middle[l] < 0) continue;
            halo(g, world.locationNames().get(l), x(world, middle[l], scale) + 2 * scale, y(world, middle[l], scale) + scale,
                    new Color(0x1b5e20));
        }
    }

    /** Where each location is drawn: a crossing point's first cell, a green stretch's middle cell (north to south). */
    static int[] locationCells(World world) {
        int locations = world.locationNames().size();
        int[] count = new int[locations];
        for (int c = 0; c < world.cells(); c++) if (world.location(c) >= 0) count[world.location(c)]++;
        int[] seen = new int[locations];
        int[] middle = new int[locations];
        java.util.Arrays.fill(middle, -1);
        for (int i = 0; i < world.crossingPoints().size(); i++) middle[i] = world.crossingPoints().get(i).cells().get(0);
        for (int c = 0; c < world.cells(); c++) {
            int l = world.location(c);
            if (l < world.crossingPoints().size()) continue;
            if (seen[l]++ == count[l] / 2) middle[l] = c;
        }
        return middle;
    }

    /** Returns the largest mean crossings per replication at one location (the key names it). */
    private static double crossingDiscs(Graphics2D g, World world, Activity a, int scale) {
        return placeDiscs(g, world, scale, a.crossingsPerLocation(), l -> CROSSINGS_FILL, l -> CROSSINGS_EDGE);
    }

    /**
     * A disc at each place whose crossings changed: blue where the what-if has more, orange where it has fewer, its
     * area in proportion to the change; filled where the change is detectable, outlined where it is not. Returns the
     * largest change (the key names it).
     */
    private static double shiftDiscs(Graphics2D g, World world, Shift shift, int scale) {
        IntFunction<Color> edge = l -> shift.difference()[l] > 0 ? MORE : FEWER;
        return placeDiscs(g, world, scale, shift.difference(), l -> shift.detectable()[l] ? translucent(edge.apply(l)) : NONE, edge);
    }

    /** A disc at each place with a non-zero value, its area in proportion to |value|; returns the largest |value|. */
    private static double placeDiscs(Graphics2D g, World world, int scale, double[] values, IntFunction<Color> fill,
                                     IntFunction<Color> edge) {
        double largest = 0;
        for (double v : values) largest = Math.max(largest, Math.abs(v));
        if (largest == 0) return 0;
        int[] at = locationCells(world);
        double maxRadius = Math.max(3 * scale, Math.min(world.width(), world.height()) * scale / 14.0);
        for (int l = 0; l < at.length; l++) {
            if (values[l] == 0 || at[l] < 0) continue;
            disc(g, world, at[l], scale, maxRadius * Math.sqrt(Math.abs(values[l]) / largest), fill.apply(l), edge.apply(l), PLACE_EDGE);
        }
        return largest;
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 150);
    }

    /** Returns the largest mean seizures per replication at one cell (the key names it). */
    private static double seizureDiscs(Graphics2D g, World world, Activity a, int scale) {
        double largest = 0;
        for (double v : a.seizuresPerCell()) largest = Math.max(largest, v);
        if (largest == 0) return 0;
        double maxRadius = Math.max(2, 0.9 * scale);
        for (int i = 0; i < a.seizureCells().length; i++) {
            disc(g, world, a.seizureCells()[i], scale, Math.max(1.5, maxRadius * Math.sqrt(a.seizuresPerCell()[i] / largest)),
                    SEIZURES_FILL, SEIZURES_EDGE, 1f);
        }
        return largest;
    }

    private static void disc(Graphics2D g, World world, int cell, int scale, double radius, Color fill, Color edge, float stroke) {
        double cx = x(world, cell, scale) + scale / 2.0;
        double cy = y(world, cell, scale) + scale / 2.0;
        fillAndEdge(g, new java.awt.geom.Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius), fill, edge, stroke);
    }

    private static void fillAndEdge(Graphics2D g, java.awt.Shape shape, Color fill, Color edge, float stroke) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(edge);
        g.setStroke(new BasicStroke(stroke));
        g.draw(shape);
        g.setStroke(new BasicStroke(1f));
    }

    /** Text with a white outline, readable over any terrain. */
    private static void halo(Graphics2D g, String s, int x, int y, Color color) {
        g.setColor(new Color(255, 255, 255, 200));
        for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) if (dx != 0 || dy != 0) g.drawString(s, x + dx, y + dy);
        g.setColor(color);
        g.drawString(s, x, y);
    }

    private static int x(World world, int cell, int scale) {
        return (cell % world.width()) * scale;
    }

    private static int y(World world, int cell, int scale) {
        return (cell / world.width()) * scale;
    }

    private static final Color BORDER = new Color(0xffd966);
    private static final Color POST = new Color(0xc00000);
    private static final Color CROSSINGS_FILL = new Color(31, 119, 180, 45);
    private static final Color CROSSINGS_EDGE = new Color(31, 119, 180, 220);
    private static final Color SEIZURES_FILL = new Color(214, 39, 40, 140);
    private static final Color SEIZURES_EDGE = new Color(140, 20, 20, 230);
    private static final Color MORE = new Color(0x1f5fbf);
    private static final Color NONE = new Color(0, 0, 0, 0);
    /** Places' discs have a thick outline, so they show over the seizures' and an outlined one reads clearly. */
    private static final float PLACE_EDGE = 2.5f;
    private static final Color FEWER = new Color(0xe6550d);
    private static final Color[] SECTORS = {new Color(0x6a1b9a), new Color(0x00838f), new Color(0xef6c00), new Color(0x283593),
        new Color(0xad1457), new Color(0x2e7d32), new Color(0x4e342e), new Color(0x37474f)};

    private static Color sectorColour(int blo) {
        return SECTORS[blo % SECTORS.length];
    }

    /**
     * The legend (every terrain on the map, the border, crossing posts, the darker other countries, the BLOs' sectors,
     * and with results the discs and what the largest stands for) and a scale bar.
     */
    private static void key(Graphics2D g, int width, World world, Scenario scenario, int scale, int top, boolean[] present, int text,
                            double[] largest, Double largestShift) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, text));
        int x = 6;
        int y = top + text / 2;
        for (Terrain t : Terrain.values()) {
            if (!present[t.ordinal()]) continue;
            x = swatch(g, x, y, colour(t), t.jsonName(), text);
        }
        x = swatch(g, x, y, BORDER, "border", text);
        x = swatch(g, x, y, POST, "crossing post", text);
        swatch(g, x, y, colour(Terrain.PLAIN).darker(), world.map().countryIds().size() > 2 ? "other countries"
                : "second country", text);
        // Patrol sectors, one swatch per BLO (as many as fit on a line).
        x = 6;
        y += 2 * text;
        g.setColor(Color.BLACK);
        g.drawString("patrol sectors:", x, y + text - 1);
        x += g.getFontMetrics().stringWidth("patrol sectors:") + 8;
        for (int b = 0; b < world.bloCount(); b++) {
            String name = scenario.blos().get(b).name();
            if (x + text + g.getFontMetrics().stringWidth(name) + 40 > width) {
                g.setColor(Color.BLACK);
                g.drawString("...", x, y + text - 1);
                break;
            }
            x = swatch(g, x, y, sectorColour(b), name, text);
        }
        if (largest != null) {
            x = 6;
            y += 2 * text;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            x = discSwatch(g, x, y, text, CROSSINGS_FILL, CROSSINGS_EDGE, PLACE_EDGE, "crossings (area; largest "
                    + Numbers.readable(largest[0]) + " per replication)");
            discSwatch(g, x, y, text, SEIZURES_FILL, SEIZURES_EDGE, 1f, "seizures (area; largest "
                    + Numbers.readable(largest[1]) + " per replication at one cell)");
        }
        if (largestShift != null) {
            y += 2 * text;
            x = discSwatch(g, 6, y, text, translucent(MORE), MORE, PLACE_EDGE, "more crossings in the what-if");
            x = discSwatch(g, x, y, text, translucent(FEWER), FEWER, PLACE_EDGE, "fewer");
            discSwatch(g, x, y, text, NONE, Color.DARK_GRAY, PLACE_EDGE, "outlined: not detectable (largest change "
                    + Numbers.readable(largestShift) + " per replication)");
        }
        double km = world.cellKm();
        double widthKm = world.width() * km;
        double bar = 1;
        for (double candidate : new double[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) if (candidate <= widthKm / 5) bar = candidate;
        int pixels = (int) Math.round(bar / km * scale);
        int by = y + 3 * text;
        g.setColor(Color.BLACK);
        g.fillRect(6, by, pixels, Math.max(3, text / 4));
        g.drawLine(6, by - text / 3, 6, by + text / 2);
        g.drawLine(6 + pixels, by - text / 3, 6 + pixels, by + text / 2);
        g.drawString((bar == Math.rint(bar) ? Long.toString((long) bar) : Double.toString(bar)) + " km", 12 + pixels, by + text / 2);
    }

    private static int swatch(Graphics2D g, int x, int y, Color color, String label, int size) {
        g.setColor(color);
        g.fillRect(x, y, size, size);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x, y, size, size);
        g.setColor(Color.BLACK);
        g.drawString(label, x + size + 4, y + size - 1);
        return x + size + 12 + g.getFontMetrics().stringWidth(label);
    }

    private static int discSwatch(Graphics2D g, int x, int y, int size, Color fill, Color edge, float stroke, String label) {
        fillAndEdge(g, new java.awt.geom.Ellipse2D.Double(x, y, size, size), fill, edge, stroke);
        g.setColor(Color.BLACK);
        g.drawString(label, x + size + 4, y + size - 1);
        return x + size + 16 + g.getFontMetrics().stringWidth(label);
    }

    private static Color colour(Terrain t) {
        return switch (t) {
            case PLAIN -> new Color(0xe2efda);
            case ROAD -> new Color(0x7f7f7f);
            case MOUNTAIN -> new Color(0xa57c52);
            case RIVER -> new Color(0x5b9bd5);
            case FOREST -> new Color(0x548235);
            case DESERT -> new Color(0xf4e2b6);
            case SETTLEMENT -> new Color(0x7030a0);
            case IMPASSABLE -> Color.BLACK;
        };
    }
}
