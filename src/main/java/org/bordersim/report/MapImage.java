package org.bordersim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.bordersim.world.CrossingPoint;
import org.bordersim.world.Terrain;
import org.bordersim.world.World;

/**
 * A picture of the map: terrain colours (the second country darker), the border, crossing points
 * labelled by name, and under it a legend of what is on the map and a scale bar in km.
 */
public final class MapImage {
    private MapImage() {
    }

    static void png(World world, Path file) throws IOException {
        Charts.writePng(image(world), file);
    }

    /** The picture as PNG bytes (the studio sends it to the browser). */
    public static byte[] pngBytes(World world) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.setUseCache(false);
        if (!javax.imageio.ImageIO.write(image(world), "png", out)) throw new IOException("no PNG writer available");
        return out.toByteArray();
    }


    /** Pixels per cell of the picture (views that draw on it need it). */
    public static int scale(World world) {
        return Math.max(1, Math.min(16, 900 / Math.max(world.width(), world.height())));
    }

    private static BufferedImage image(World world) {
        int scale = scale(world);
        int w = world.width() * scale;
        int h = world.height() * scale;
        // The key's lettering grows with the picture, which pages show shrunk to their width.
        int text = Math.max(12, Math.max(w, 620) / 55);
        BufferedImage img = new BufferedImage(Math.max(w, 620), h + 5 * text, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        boolean[] present = new boolean[Terrain.values().length];
        for (int c = 0; c < world.cells(); c++) {
            Terrain t = world.map().terrain(c);
            present[t.ordinal()] = true;
            Color color = colour(t);
            if (world.map().country(c) % 2 == 1) color = color.darker();
            if (world.border(c)) color = BORDER;
            if (world.bcp(c)) color = POST;
            g.setColor(color);
            g.fillRect((c % world.width()) * scale, (c / world.width()) * scale, scale, scale);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, scale * 2)));
        for (CrossingPoint p : world.crossingPoints()) {
            int c = p.cells().get(0);
            g.drawString(p.name(), (c % world.width()) * scale + 2 * scale, (c / world.width()) * scale);
        }
        key(g, world, scale, h, present, text);
        g.dispose();
        return img;
    }

    private static final Color BORDER = new Color(0xffd966);
    private static final Color POST = new Color(0xc00000);

    /** The legend (every terrain on the map, the border, crossing posts, the darker second country) and a scale bar. */
    private static void key(Graphics2D g, World world, int scale, int top, boolean[] present, int text) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, text));
        int x = 6;
        int y = top + text / 2;
        for (Terrain t : Terrain.values()) {
            if (!present[t.ordinal()]) continue;
            x = swatch(g, x, y, colour(t), t.jsonName(), text);
        }
        x = swatch(g, x, y, BORDER, "border", text);
        x = swatch(g, x, y, POST, "crossing post", text);
        swatch(g, x, y, colour(Terrain.PLAIN).darker(), "second country", text);
        double km = world.cellKm();
        double widthKm = world.width() * km;
        double bar = 1;
        for (double candidate : new double[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) if (candidate <= widthKm / 5) bar = candidate;
        int pixels = (int) Math.round(bar / km * scale);
        int by = top + 3 * text;
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
