package org.latentbrush.bridge.photo;

import org.latentbrush.bridge.image.RasterImage;

/**
 * Carries an edit made at the model's size onto the photo at its own resolution: the Neural Photo
 * Editor's masking.
 *
 * <p>With Δ = G(z′) − G(z₀) the edit, the mask M = blur(clip(mean over channels |Δ| · gain, 0, 1))
 * keeps the edit where it is strong and suppresses the slight changes a GAN makes everywhere else;
 * the photo then receives M·Δ, bilinearly enlarged from the model's size to the crop square's. What
 * the model could not reproduce (the photo's own detail) is never replaced, only shifted by M·Δ.
 *
 * <p>Unpainted pixels stay byte-identical: M·Δ is kept in byte levels at the model's size and set to
 * exactly zero where it is under half a level ({@value #MIN_LEVEL}); a photo pixel whose four
 * model-size neighbours are all zero interpolates to exactly zero and is skipped, and any other
 * pixel changes only where the rounded change is non-zero. Pixels outside the crop square are never
 * touched. Where the photo goes on beyond a side of the square, the edit fades out over the last
 * {@value #FEATHER_FRACTION_PERCENT}% of the square toward that side, so an edit that reaches the
 * square's edge leaves no seam against the untouched photo. The photo is worked on row by row in
 * packed ints, with no full-size float image, so a 12-megapixel photo costs one copy of its pixel
 * array.
 *
 * <p>Photo edits go through {@link #apply(Photo, CropSquare, StrokeRegion)}, which bounds the
 * change by the strokes' region instead: only pixels within 1.5 brush radii of a stroke can change,
 * and the strokes' cores take the whole change Δ. {@link #apply(Photo, CropSquare)}, the whole square
 * under NPE's mask alone, is the Neural Photo Editor's own transfer, without the strokes' bound.
 */
public final class EditTransfer {

    /**
     * Multiplies mean |Δ| on the [0, 1] scale before clipping. NPE's min(mean |Δ|, 1) was taken on
     * the generator's [−1, 1] scale, where differences are twice as large: a gain of 2 matches it.
     */
    public static final double DEFAULT_GAIN = 2;

    /** NPE's blur of the mask: σ ≈ 0.7 pixels at 64 pixels, scaled with the model's size. */
    public static final double SIGMA_AT_64 = 0.7;

    /** Changes under half a byte level round to nothing, so they are dropped at the model's size. */
    public static final float MIN_LEVEL = 0.5f;

    /** How much of the square's side the edit fades over toward a side the photo continues past. */
    public static final int FEATHER_FRACTION_PERCENT = 6;

    private static final int REFERENCE_SIZE = 64;
    private static final float LEVELS = 255f;
    /** The Gaussian is cut at three σ, beyond which its weight is under 1%. */
    private static final double KERNEL_SIGMAS = 3;
    private static final int CHANNELS = 3;

    private final int size;
    /** M·Δ in byte levels, channel-major RGB, size × size per channel; exactly 0 below MIN_LEVEL. */
    private final float[] edit;
    /** Δ in byte levels, channel-major RGB, unmasked: what the stroke cores receive. */
    private final float[] delta;
    /** NPE's mask M, size × size. */
    private final float[] mask;
    private final boolean[] rowTouched;

    private EditTransfer(int size, float[] edit, float[] delta, float[] mask) {
        this.size = size;
        this.edit = edit;
        this.delta = delta;
        this.mask = mask;
        this.rowTouched = new boolean[size];
        for (int c = 0; c < CHANNELS; c++) {
            for (int i = 0; i < size * size; i++) {
                if (edit[c * size * size + i] != 0) {
                    rowTouched[i / size] = true;
                }
            }
        }
    }

    /**
     * Computes the masked edit with NPE's gain and blur.
     *
     * @param before G(z₀), the projection, values in [0, 1]
     * @param after G(z′), the edited image, same size and channels
     * @return the transfer, ready to apply to photos
     */
    public static EditTransfer between(RasterImage before, RasterImage after) {
        return between(before, after, DEFAULT_GAIN, SIGMA_AT_64 * before.width() / REFERENCE_SIZE);
    }

    /**
     * Computes the masked edit.
     *
     * @param before G(z₀), values in [0, 1], square
     * @param after G(z′), same size and channels; grey images edit R, G and B alike
     * @param gain multiplies mean |Δ| before clipping to [0, 1]
     * @param sigma the mask's Gaussian blur in model pixels (0 for none)
     * @return the transfer
     */
    public static EditTransfer between(RasterImage before, RasterImage after, double gain, double sigma) {
        int s = before.width();
        if (before.height() != s || after.width() != s || after.height() != s
                || before.channels() != after.channels()) {
            throw new IllegalArgumentException("before and after must be square images of one size");
        }
        int n = s * s;
        int channels = before.channels();
        float[] mask = new float[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += Math.abs(after.data()[c * n + i] - before.data()[c * n + i]);
            }
            mask[i] = (float) Math.min(1, Math.max(0, sum / channels * gain));
        }
        mask = GaussianBlur.blur(mask, s, sigma, KERNEL_SIGMAS);
        float[] edit = new float[CHANNELS * n];
        float[] delta = new float[CHANNELS * n];
        for (int c = 0; c < CHANNELS; c++) {
            int from = Math.min(c, channels - 1) * n;
            for (int i = 0; i < n; i++) {
                delta[c * n + i] = (after.data()[from + i] - before.data()[from + i]) * LEVELS;
                float level = mask[i] * delta[c * n + i];
                edit[c * n + i] = Math.abs(level) < MIN_LEVEL ? 0f : level;
            }
        }
        return new EditTransfer(s, edit, delta, mask);
    }

    /** Whether the edit changes anything at model pixel ({@code x}, {@code y}). */
    public boolean reaches(int x, int y) {
        int i = y * size + x;
        int n = size * size;
        return edit[i] != 0 || edit[n + i] != 0 || edit[2 * n + i] != 0;
    }

    /** The model's image side the edit was made at. */
    public int size() {
        return size;
    }

    /**
     * Applies the edit to a photo.
     *
     * @param photo the photo, not modified
     * @param crop the square of the photo the model's frame showed
     * @return the edited photo and how many pixels changed
     */
    public Result apply(Photo photo, CropSquare crop) {
        long started = System.nanoTime();
        Axis xs = Axis.across(photo, crop, true, size);
        Axis ys = Axis.across(photo, crop, false, size);
        int[] out = photo.rgb().clone();
        int n = size * size;
        float[] blend = new float[CHANNELS * size];
        boolean[] columnTouched = new boolean[size];
        long changed = 0;
        for (int py = 0; py < crop.side(); py++) {
            int y0 = ys.low[py];
            int y1 = ys.high[py];
            if (!rowTouched[y0] && !rowTouched[y1]) {
                continue;
            }
            // Blend the two model rows once per photo row; each pixel then needs one horizontal lerp.
            float fy = ys.fraction[py];
            float wy = ys.feather[py];
            for (int j = 0; j < size; j++) {
                boolean touched = false;
                for (int c = 0; c < CHANNELS; c++) {
                    float v = edit[c * n + y0 * size + j] * (1 - fy) + edit[c * n + y1 * size + j] * fy;
                    blend[c * size + j] = v;
                    touched |= v != 0;
                }
                columnTouched[j] = touched;
            }
            int row = (crop.y() + py) * photo.width() + crop.x();
            for (int px = 0; px < crop.side(); px++) {
                int x0 = xs.low[px];
                int x1 = xs.high[px];
                if (!columnTouched[x0] && !columnTouched[x1]) {
                    continue;
                }
                float fx = xs.fraction[px];
                float w = wy * xs.feather[px];
                int dr = Math.round((blend[x0] * (1 - fx) + blend[x1] * fx) * w);
                int dg = Math.round((blend[size + x0] * (1 - fx) + blend[size + x1] * fx) * w);
                int db = Math.round((blend[2 * size + x0] * (1 - fx) + blend[2 * size + x1] * fx) * w);
                if ((dr | dg | db) == 0) {
                    continue;
                }
                int old = out[row + px];
                int r = clamp(((old >> 16) & 0xFF) + dr);
                int g = clamp(((old >> 8) & 0xFF) + dg);
                int b = clamp((old & 0xFF) + db);
                int fresh = (old & 0xFF000000) | r << 16 | g << 8 | b;
                if (fresh != old) {
                    out[row + px] = fresh;
                    changed++;
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(new Photo(photo.width(), photo.height(), out), changed, millis);
    }

    /**
     * Applies the edit only where the user painted.
     *
     * <p>Each photo pixel receives w · max(M, w) · Δ, with w its weight in the strokes' region: the
     * full change in the strokes' cores (w = 1), where the user asked for it even where the model
     * changed little; NPE's mask M, faded out, in the margin; nothing beyond it, so every pixel
     * outside the region stays byte-identical. The feather toward a square side the photo continues
     * past still applies.
     *
     * @param photo the photo, not modified
     * @param crop the square of the photo the model's frame showed
     * @param region where the strokes are, in photo pixels
     * @return the edited photo and how many pixels changed
     */
    public Result apply(Photo photo, CropSquare crop, StrokeRegion region) {
        long started = System.nanoTime();
        Axis xs = Axis.across(photo, crop, true, size);
        Axis ys = Axis.across(photo, crop, false, size);
        int[] out = photo.rgb().clone();
        int fromX = Math.max(crop.x(), region.left());
        int toX = Math.min(crop.x() + crop.side(), region.right());
        int fromY = Math.max(crop.y(), region.top());
        int toY = Math.min(crop.y() + crop.side(), region.bottom());
        int n = size * size;
        long changed = 0;
        for (int y = fromY; y < toY; y++) {
            int py = y - crop.y();
            int y0 = ys.low[py] * size;
            int y1 = ys.high[py] * size;
            float fy = ys.fraction[py];
            for (int x = fromX; x < toX; x++) {
                int level = region.level(x, y);
                if (level == 0) {
                    continue;
                }
                int px = x - crop.x();
                int i00 = y0 + xs.low[px];
                int i01 = y0 + xs.high[px];
                int i10 = y1 + xs.low[px];
                int i11 = y1 + xs.high[px];
                float fx = xs.fraction[px];
                float w = level / 255f;
                float m = bilinear(mask, 0, i00, i01, i10, i11, fx, fy);
                float factor = w * Math.max(m, w) * ys.feather[py] * xs.feather[px];
                int dr = Math.round(bilinear(delta, 0, i00, i01, i10, i11, fx, fy) * factor);
                int dg = Math.round(bilinear(delta, n, i00, i01, i10, i11, fx, fy) * factor);
                int db = Math.round(bilinear(delta, 2 * n, i00, i01, i10, i11, fx, fy) * factor);
                if ((dr | dg | db) == 0) {
                    continue;
                }
                int at = y * photo.width() + x;
                int old = out[at];
                int fresh = (old & 0xFF000000) | clamp(((old >> 16) & 0xFF) + dr) << 16
                        | clamp(((old >> 8) & 0xFF) + dg) << 8 | clamp((old & 0xFF) + db);
                if (fresh != old) {
                    out[at] = fresh;
                    changed++;
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(new Photo(photo.width(), photo.height(), out), changed, millis);
    }

    private static float bilinear(float[] values, int offset, int i00, int i01, int i10, int i11,
            float fx, float fy) {
        float top = values[offset + i00] * (1 - fx) + values[offset + i01] * fx;
        float bottom = values[offset + i10] * (1 - fx) + values[offset + i11] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /**
     * The edited photo.
     *
     * @param photo the photo with the edit applied
     * @param changedPixels pixels whose bytes differ from the original's
     * @param millis time spent applying (not computing the mask)
     */
    public record Result(Photo photo, long changedPixels, long millis) {}

    /**
     * Bilinear sampling positions along one axis: photo pixel centres mapped onto model pixel
     * centres, clamped at the borders; and the feather weight that fades the edit toward a side
     * where the photo goes on beyond the square.
     */
    private static final class Axis {
        final int[] low;
        final int[] high;
        final float[] fraction;
        final float[] feather;

        /**
         * The positions across a square of a photo, horizontally or vertically.
         *
         * @throws IllegalArgumentException if the square does not fit the photo
         */
        static Axis across(Photo photo, CropSquare crop, boolean horizontal, int modelSide) {
            if (crop.x() + crop.side() > photo.width() || crop.y() + crop.side() > photo.height()) {
                throw new IllegalArgumentException("the crop square does not fit the photo");
            }
            int from = horizontal ? crop.x() : crop.y();
            int photoSide = horizontal ? photo.width() : photo.height();
            return new Axis(crop.side(), modelSide, from > 0, from + crop.side() < photoSide);
        }

        Axis(int photoSide, int modelSide, boolean photoBeforeSquare, boolean photoAfterSquare) {
            low = new int[photoSide];
            high = new int[photoSide];
            fraction = new float[photoSide];
            feather = new float[photoSide];
            double scale = (double) modelSide / photoSide;
            double width = Math.max(1, photoSide * FEATHER_FRACTION_PERCENT / 100.0);
            for (int p = 0; p < photoSide; p++) {
                double u = Math.max(0, Math.min(modelSide - 1, (p + 0.5) * scale - 0.5));
                low[p] = (int) Math.floor(u);
                high[p] = Math.min(low[p] + 1, modelSide - 1);
                fraction[p] = (float) (u - low[p]);
                double before = photoBeforeSquare ? (p + 0.5) / width : 1;
                double after = photoAfterSquare ? (photoSide - p - 0.5) / width : 1;
                feather[p] = (float) smoothStep(Math.min(1, Math.min(before, after)));
            }
        }

        /** 0 at 0, 1 at 1, with zero slope at both ends: no visible kink where the fade starts. */
        private static double smoothStep(double t) {
            return t * t * (3 - 2 * t);
        }
    }
}
