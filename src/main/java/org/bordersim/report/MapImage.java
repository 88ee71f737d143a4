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

/** A picture of the map: terrain colours, the border, and crossing points labelled X1, X2... */
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

    private static BufferedImage image(World world) {
        int scale = Math.max(1, Math.min(16, 900 / Math.max(world.width(), world.height())));
        BufferedImage img = new BufferedImage(world.width() * scale, world.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (int c = 0; c < world.cells(); c++) {
            Color color = colour(world.map().terrain(c));
            if (world.map().country(c) % 2 == 1) color = color.darker();
            if (world.border(c)) color = new Color(0xffd966);
            if (world.bcp(c)) color = new Color(0xc00000);
            g.setColor(color);
            g.fillRect((c % world.width()) * scale, (c / world.width()) * scale, scale, scale);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, scale * 2)));
        for (CrossingPoint p : world.crossingPoints()) {
            int c = p.cells().get(0);
            g.drawString(p.name(), (c % world.width()) * scale + 2 * scale, (c / world.width()) * scale);
        }
        g.dispose();
        return img;
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
