package org.latentbrush.bridge.training.data;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants trees (conifers and broadleaves), bushes and boulders on the foreground ground, sized by
 * perspective (an object's height on screen grows with its distance below the horizon) and drawn
 * far to near with the sun-facing side lit.
 */
final class VegetationPainter {

    private enum Kind { CONIFER, BROADLEAF, BUSH, BOULDER }

    /** One object to draw: where its base stands and how tall it looks. */
    private record Item(Kind kind, double x, double base, double height, double depth) {
    }

    /** Chance that a tree joins the previous one's clump instead of standing alone. */
    private static final double CLUMP_CHANCE = 0.55;
    /** Screen height of an object per pixel below the horizon (its height over the eye's). */
    private static final double CONIFER_RATIO = 1.6;
    private static final double BROADLEAF_RATIO = 1.2;
    private static final double BUSH_RATIO = 0.45;
    private static final double BOULDER_RATIO = 0.3;
    private static final Color SHADOW = new Color(0, 0, 0, 60);

    private VegetationPainter() {
    }

    static void paint(PixelCanvas canvas, SceneSpec spec, ScenePalette palette, SceneLayout layout) {
        SplittableRandom r = spec.random(SceneSpec.Layer.VEGETATION);
        List<Item> items = new ArrayList<>();
        double clumpX = r.nextDouble() * canvas.size;
        double clumpZ = r.nextDouble() * r.nextDouble();
        for (int i = 0; i < spec.trees(); i++) {
            if (r.nextDouble() >= CLUMP_CHANCE) {
                clumpX = r.nextDouble() * canvas.size;
                // Squared: most trees stand in the middle distance, few right in front.
                clumpZ = r.nextDouble() * r.nextDouble();
            }
            Kind kind = r.nextDouble() < spec.coniferShare() ? Kind.CONIFER : Kind.BROADLEAF;
            double x = clumpX + (r.nextDouble() - 0.5) * canvas.size * 0.12;
            double z = Math.max(0, Math.min(1, clumpZ + (r.nextDouble() - 0.5) * 0.15));
            double ratio = kind == Kind.CONIFER ? CONIFER_RATIO : BROADLEAF_RATIO;
            place(items, kind, x, z, ratio * (0.6 + 0.8 * r.nextDouble()), layout);
        }
        for (int i = 0; i < spec.bushes(); i++) {
            place(items, Kind.BUSH, r.nextDouble() * canvas.size, r.nextDouble(),
                    BUSH_RATIO * (0.6 + 0.8 * r.nextDouble()), layout);
        }
        for (int i = 0; i < spec.boulders(); i++) {
            place(items, Kind.BOULDER, r.nextDouble() * canvas.size, r.nextDouble(),
                    BOULDER_RATIO * (0.5 + r.nextDouble()), layout);
        }
        items.sort(Comparator.comparingDouble(Item::base));
        Graphics2D g = canvas.graphics();
        double sunSide = spec.bodyX() > 0.5 ? 1 : -1;
        boolean shadows = spec.labels().timeOfDay() == TimeOfDay.DAY;
        for (Item item : items) {
            double haze = 0.5 * (1 - item.depth()) * (1 - item.depth());
            if (shadows) {
                double w = item.height() * (item.kind() == Kind.BOULDER ? 1.4 : 0.6);
                g.setColor(SHADOW);
                g.fill(new Ellipse2D.Double(item.x() - w / 2 - sunSide * w * 0.3,
                        item.base() - w * 0.12, w, w * 0.24));
            }
            switch (item.kind()) {
                case CONIFER -> conifer(g, item, palette, haze, sunSide, r);
                case BROADLEAF -> broadleaf(g, item, palette, haze, sunSide, r);
                case BUSH -> blobs(g, item.x(), item.base() - item.height() * 0.45,
                        item.height() * 0.75, item.height() * 0.5, 3 + r.nextInt(3),
                        palette.aerial(palette.bush, haze), sunSide, r);
                case BOULDER -> boulder(g, item, palette, haze, sunSide, r);
            }
        }
    }

    /** Adds an item whose base lies at ground depth {@code z}, if that spot is on the ground. */
    private static void place(List<Item> items, Kind kind, double x, double z, double ratio,
            SceneLayout layout) {
        int column = (int) Math.max(0, Math.min(layout.size - 1, x));
        double top = layout.groundTop[column] + 2;
        double base = top + (layout.size - top) * z;
        double height = (base - layout.horizon) * ratio;
        if (height < 1.5) {
            return;
        }
        // Keep at least some of the sky above every tree.
        height = Math.min(height, base * 0.85);
        items.add(new Item(kind, x, base, height, layout.depth((float) base)));
    }

    private static void conifer(Graphics2D g, Item item, ScenePalette palette, double haze,
            double sunSide, SplittableRandom r) {
        double h = item.height();
        double trunk = h * 0.1;
        double halfWidth = h * (0.22 + 0.1 * r.nextDouble());
        double x = item.x();
        double bottom = item.base() - trunk;
        double top = item.base() - h;
        fillTrunk(g, x, item.base(), bottom - h * 0.05, h * 0.05, palette, haze);
        int steps = 4 + r.nextInt(4);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x, top);
        for (int side = 1; side >= -1; side -= 2) {
            for (int j = 1; j <= steps; j++) {
                int k = side > 0 ? j : steps + 1 - j;
                double y = top + (bottom - top) * k / steps;
                double w = halfWidth * k / steps;
                double inner = y - (bottom - top) / steps * 0.35;
                if (side > 0) {
                    path.lineTo(x + w * 0.55, inner);
                    path.lineTo(x + w, y);
                } else {
                    path.lineTo(x - w, y);
                    path.lineTo(x - w * 0.55, inner);
                }
            }
        }
        path.closePath();
        int colour = palette.aerial(palette.conifer, haze);
        g.setPaint(new GradientPaint((float) (x - sunSide * halfWidth), 0f,
                color(Rgb.scale(colour, 0.75)), (float) (x + sunSide * halfWidth), 0f,
                color(Rgb.scale(colour, 1.3))));
        g.fill(path);
    }

    private static void broadleaf(Graphics2D g, Item item, ScenePalette palette, double haze,
            double sunSide, SplittableRandom r) {
        double h = item.height();
        double crownY = item.base() - h * 0.62;
        fillTrunk(g, item.x(), item.base(), crownY, h * 0.045, palette, haze);
        blobs(g, item.x(), crownY, h * (0.5 + 0.2 * r.nextDouble()), h * 0.42, 9 + r.nextInt(5),
                palette.aerial(palette.broadleaf, haze), sunSide, r);
    }

    /** A crown or bush made of overlapping round blobs, the lit ones drawn last (on top). */
    private static void blobs(Graphics2D g, double cx, double cy, double width, double height,
            int count, int colour, double sunSide, SplittableRandom r) {
        double[][] blobs = new double[count][];
        for (int i = 0; i < count; i++) {
            double ox = (r.nextDouble() - 0.5) * width * 0.7;
            double oy = (r.nextDouble() - 0.5) * height * 0.6;
            // Many blobs of a third of the crown each read as foliage, not as a few balloons.
            double radius = Math.min(width, height) * (0.24 + 0.14 * r.nextDouble());
            double lit = (ox * sunSide / width - oy / height) + 0.15 * (r.nextDouble() - 0.5);
            blobs[i] = new double[] {ox, oy, radius, lit};
        }
        Arrays.sort(blobs, Comparator.comparingDouble(b -> b[3]));
        for (double[] b : blobs) {
            g.setColor(color(Rgb.scale(colour, 0.85 + 0.6 * b[3])));
            g.fill(new Ellipse2D.Double(cx + b[0] - b[2], cy + b[1] - b[2], 2 * b[2], 2 * b[2]));
        }
    }

    private static void boulder(Graphics2D g, Item item, ScenePalette palette, double haze,
            double sunSide, SplittableRandom r) {
        double h = item.height();
        double w = h * (1.1 + 0.6 * r.nextDouble());
        int points = 7;
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points; i++) {
            double a = Math.PI * i / (points - 1);
            double radius = 0.8 + 0.25 * r.nextDouble();
            double px = item.x() + StrictMath.cos(a) * w / 2 * radius;
            double py = item.base() - StrictMath.sin(a) * h * radius;
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        int colour = palette.aerial(palette.boulder, haze);
        g.setPaint(new GradientPaint((float) (item.x() + sunSide * w * 0.3), (float) (item.base() - h),
                color(Rgb.scale(colour, 1.25)), (float) (item.x() - sunSide * w * 0.3),
                (float) item.base(), color(Rgb.scale(colour, 0.6))));
        g.fill(path);
    }

    private static void fillTrunk(Graphics2D g, double x, double base, double top, double halfWidth,
            ScenePalette palette, double haze) {
        Path2D.Double trunk = new Path2D.Double();
        trunk.moveTo(x - halfWidth, base);
        trunk.lineTo(x - halfWidth * 0.6, top);
        trunk.lineTo(x + halfWidth * 0.6, top);
        trunk.lineTo(x + halfWidth, base);
        trunk.closePath();
        g.setColor(color(palette.aerial(palette.trunk, haze)));
        g.fill(trunk);
    }

    private static Color color(int rgb) {
        return new Color(rgb);
    }
}
