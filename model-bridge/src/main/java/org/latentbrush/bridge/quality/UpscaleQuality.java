package org.latentbrush.bridge.quality;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.image.SmoothScaling;

/**
 * The measures an upscaler is judged by: PSNR against the sharp truth, and sharpness, the mean
 * gradient magnitude of a result as a share of the truth's (1 = as crisp as the truth; smooth
 * scaling stays well below 1; an upscaler that invents too much edge goes above).
 */
public final class UpscaleQuality {

    private UpscaleQuality() {}

    /**
     * Shrinks a sharp image by exact area averaging: the input every method is given.
     *
     * @param truth the sharp image, its sides multiples of {@code scale}
     * @param scale the factor
     * @return the small image
     */
    public static RasterImage shrink(RasterImage truth, int scale) {
        return SmoothScaling.resize(truth, truth.width() / scale, truth.height() / scale);
    }

    /**
     * Bicubic enlargement (Java2D's), the usual baseline of super-resolution papers.
     *
     * @param image the small image
     * @param scale the factor
     * @return the enlarged image
     */
    public static RasterImage bicubic(RasterImage image, int scale) {
        BufferedImage small = image.toBufferedImage();
        BufferedImage big = new BufferedImage(image.width() * scale, image.height() * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(small, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return RasterImage.fromBufferedImage(big, image.channels());
    }

    /**
     * Peak signal-to-noise ratio over all channels, ignoring a border where every method guesses.
     *
     * @param result the enlarged image
     * @param truth the sharp image, the same size
     * @param border pixels left out at each edge
     * @return PSNR in dB, capped at 100
     */
    public static double psnr(RasterImage result, RasterImage truth, int border) {
        check(result, truth);
        double sum = 0;
        long count = 0;
        for (int c = 0; c < truth.channels(); c++) {
            for (int y = border; y < truth.height() - border; y++) {
                for (int x = border; x < truth.width() - border; x++) {
                    double d = result.get(c, x, y) - truth.get(c, x, y);
                    sum += d * d;
                    count++;
                }
            }
        }
        double mse = sum / Math.max(1, count);
        return mse <= 1e-10 ? 100 : Math.min(100, 10 * Math.log10(1 / mse));
    }

    /**
     * Mean gradient magnitude (forward differences, all channels).
     *
     * @param image any image
     * @return the mean of |∂x| + |∂y|
     */
    public static double gradientEnergy(RasterImage image) {
        double sum = 0;
        long count = 0;
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < image.height() - 1; y++) {
                for (int x = 0; x < image.width() - 1; x++) {
                    float v = image.get(c, x, y);
                    sum += Math.abs(image.get(c, x + 1, y) - v) + Math.abs(image.get(c, x, y + 1) - v);
                    count++;
                }
            }
        }
        return sum / Math.max(1, count);
    }

    /**
     * Sharpness as a share of the truth's.
     *
     * @param result the enlarged image
     * @param truth the sharp image
     * @return the result's gradient energy over the truth's
     */
    public static double sharpness(RasterImage result, RasterImage truth) {
        check(result, truth);
        double reference = gradientEnergy(truth);
        return reference == 0 ? 1 : gradientEnergy(result) / reference;
    }

    private static void check(RasterImage a, RasterImage b) {
        if (a.width() != b.width() || a.height() != b.height() || a.channels() != b.channels()) {
            throw new IllegalArgumentException("sizes differ: " + a.width() + "x" + a.height() + " and "
                    + b.width() + "x" + b.height());
        }
    }
}
