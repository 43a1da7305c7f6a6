package org.latentbrush.bridge.training.data;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A seeded Java2D renderer of outdoor landscapes (sky, mountains, water, ground, trees), iGAN's
 * signature training domain; the same seed always gives byte-identical pixels.
 *
 * <p>Scenes are drawn at {@link #SUPERSAMPLE} times the requested size and shrunk with an exact
 * area filter, so edges come out smooth. Instances hold no mutable state and may be shared by threads.
 * Randomness comes only from the seed (SplittableRandom streams), and transcendental functions use
 * {@link StrictMath}, whose results do not depend on the CPU.
 */
public final class LandscapeRenderer {

    /** Internal resolution factor: each output pixel averages a 2×2 block. */
    public static final int SUPERSAMPLE = 2;
    /** Smallest size that still leaves room for every scene element. */
    public static final int MIN_SIZE = 16;

    private final SceneShares shares;

    /** Creates a renderer of the natural mix of scenes. */
    public LandscapeRenderer() {
        this(SceneShares.NATURAL);
    }

    /** Creates a renderer that draws each kind of scene as often as {@code shares} says. */
    public LandscapeRenderer(SceneShares shares) {
        this.shares = Objects.requireNonNull(shares);
    }

    /** Returns the labels that {@link #render} draws for {@code seed}, without rendering. */
    public SceneLabels labelsFor(long seed) {
        return SceneSpec.of(seed, shares).labels();
    }

    /** Renders scene {@code seed} as a {@code size × size} RGB image. */
    public BufferedImage render(long seed, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, size, size, renderPixels(seed, size), 0, size);
        return image;
    }

    /** Renders scene {@code seed} as {@code size × size} row-major 0xRRGGBB pixels. */
    public int[] renderPixels(long seed, int size) {
        if (size < MIN_SIZE) {
            throw new IllegalArgumentException("size must be at least " + MIN_SIZE + ", was " + size);
        }
        SceneSpec spec = SceneSpec.of(seed, shares);
        ScenePalette palette = new ScenePalette(spec);
        int internal = size * SUPERSAMPLE;
        SceneLayout layout = new SceneLayout(spec, internal);
        PixelCanvas canvas = new PixelCanvas(internal);
        try {
            SkyPainter.paint(canvas, spec, palette, layout);
            CloudPainter.paint(canvas, spec, palette, layout);
            MountainPainter.paint(canvas, spec, palette, layout);
            if (spec.labels().hasWater()) {
                WaterPainter.paintFarShore(canvas, spec, palette, layout);
                if (spec.farShore()) {
                    TreeLinePainter.paint(canvas, spec, palette, layout.farShoreTop);
                }
                WaterPainter.paint(canvas, spec, palette, layout);
            }
            GroundPainter.paint(canvas, spec, palette, layout);
            if (!spec.labels().hasWater()) {
                TreeLinePainter.paint(canvas, spec, palette, layout.groundTop);
            }
            VegetationPainter.paint(canvas, spec, palette, layout);
        } finally {
            canvas.dispose();
        }
        return Resampler.resize(canvas.pixels, internal, internal, size, size);
    }
}
