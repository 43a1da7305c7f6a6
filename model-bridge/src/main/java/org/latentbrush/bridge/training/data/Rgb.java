package org.latentbrush.bridge.training.data;

/** Colour arithmetic on packed 0xRRGGBB ints, kept in one place so painters stay readable. */
final class Rgb {

    private static final int MAX = 255;

    private Rgb() {
    }

    static int of(int r, int g, int b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    static int of(double r, double g, double b) {
        return of((int) Math.round(r), (int) Math.round(g), (int) Math.round(b));
    }

    static int red(int rgb) {
        return (rgb >> 16) & MAX;
    }

    static int green(int rgb) {
        return (rgb >> 8) & MAX;
    }

    static int blue(int rgb) {
        return rgb & MAX;
    }

    /** Linear blend: {@code t = 0} gives {@code a}, {@code t = 1} gives {@code b}. */
    static int mix(int a, int b, double t) {
        if (t <= 0) {
            return a;
        }
        if (t >= 1) {
            return b;
        }
        int ti = (int) (t * 256);
        int si = 256 - ti;
        int r = (red(a) * si + red(b) * ti) >> 8;
        int g = (green(a) * si + green(b) * ti) >> 8;
        int bl = (blue(a) * si + blue(b) * ti) >> 8;
        return (r << 16) | (g << 8) | bl;
    }

    /** Multiplies every channel by {@code f}, clamping at white. */
    static int scale(int rgb, double f) {
        return of(red(rgb) * f, green(rgb) * f, blue(rgb) * f);
    }

    /** Multiplies channel by channel, as light of colour {@code (fr, fg, fb)} would. */
    static int tint(int rgb, double fr, double fg, double fb) {
        return of(red(rgb) * fr, green(rgb) * fg, blue(rgb) * fb);
    }

    /** Moves a colour toward its own grey by {@code amount} (0 keeps it, 1 makes it grey). */
    static int desaturate(int rgb, double amount) {
        int grey = (int) (0.3 * red(rgb) + 0.59 * green(rgb) + 0.11 * blue(rgb));
        return mix(rgb, of(grey, grey, grey), amount);
    }

    /** Returns a random colour between two corners of an RGB box, from {@code t ∈ [0, 1)³}. */
    static int between(int a, int b, double tr, double tg, double tb) {
        return of(red(a) + (red(b) - red(a)) * tr, green(a) + (green(b) - green(a)) * tg,
                blue(a) + (blue(b) - blue(a)) * tb);
    }

    static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, MAX);
    }
}
