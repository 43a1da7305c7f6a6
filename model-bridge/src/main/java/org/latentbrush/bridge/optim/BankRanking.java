package org.latentbrush.bridge.optim;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.latentbrush.bridge.constraint.ConstraintMaps;

/**
 * An edit's objective judged on a {@link StartBank}'s thumbnails: the colour term and the
 * continuity term of {@link EditLoss}, with the strokes and the current picture shrunk to the
 * thumbnails' size.
 *
 * <p>Shrinking averages the masks and takes each block's mask-weighted mean target, so a stroke
 * covering part of a block weighs as much as the pixels it covers. It forgets the colour variation
 * inside a block and the sketch term altogether: the ranking only decides which draws the exact
 * screen sees, and that screen scores them with the whole objective at full size.
 */
final class BankRanking {

    /** Avoids dividing by zero when a term covers no pixel. */
    private static final double MIN_AREA = 1e-9;

    private final StartBank bank;
    private final int side;
    private final int channels;
    /**
     * The objective as a quadratic in each thumbnail value x: the sum over values of
     * {@code x·(squares·x − 2·products)}, plus {@link #constant}. Expanded once per edit, so
     * ranking thousands of thumbnails is a multiply-add per value without branches.
     */
    private final float[] squares;
    private final float[] products;
    private final double constant;

    /**
     * Shrinks an edit's strokes and current picture to the bank's thumbnails.
     *
     * @param bank the bank to rank
     * @param maps the rasterised strokes at the model's size
     * @param current the current result's picture (CHW in [0, 1]), or {@code null} for none
     * @param continuityWeight λ_change
     */
    BankRanking(StartBank bank, ConstraintMaps maps, float[] current, double continuityWeight) {
        this.bank = bank;
        this.side = bank.thumbSide();
        this.channels = bank.channels();
        int size = maps.size();
        float[] target = EditLoss.target(maps, channels);
        float[] colorMask = BlockMeans.of(maps.colorMask(), 0, size, side, 1, null);
        float[] colorTarget = BlockMeans.of(target, 0, size, side, channels, maps.colorMask());
        double colorArea = Math.max(sum(colorMask), MIN_AREA);
        boolean continuity = current != null && continuityWeight > 0;
        float[] kept = continuity ? BlockMeans.of(ContinuityTerm.keptPixels(maps), 0, size, side, 1, null) : null;
        float[] reference = continuity ? BlockMeans.of(current, 0, size, side, channels, null) : null;
        double keptArea = continuity ? Math.max(sum(kept), MIN_AREA) : 1;
        int pixels = side * side;
        squares = new float[channels * pixels];
        products = new float[channels * pixels];
        double sumOfConstants = 0;
        for (int c = 0; c < channels; c++) {
            for (int p = 0; p < pixels; p++) {
                // Each term's weight per value: the mean over channels of a masked mean over pixels.
                double wColor = colorMask[p] / (channels * colorArea);
                double wKept = continuity ? continuityWeight * kept[p] / (channels * keptArea) : 0;
                double t = colorTarget[c * pixels + p];
                double r = continuity ? reference[c * pixels + p] : 0;
                squares[c * pixels + p] = (float) (wColor + wKept);
                products[c * pixels + p] = (float) (wColor * t + wKept * r);
                sumOfConstants += wColor * t * t + wKept * r * r;
            }
        }
        constant = sumOfConstants;
    }

    /**
     * The indices of the {@code count} cheapest latents, cheapest first.
     *
     * @param count how many (at most the bank's size)
     * @return indices into the bank
     */
    int[] cheapest(int count) {
        int n = bank.filled();
        double[] cost = new double[n];
        // About 20 ms for 4,096 thumbnails on one core, before an edit's first preview: use both.
        IntStream.range(0, n).parallel().forEach(i -> cost[i] = cost(i));
        return IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> cost[i]))
                .limit(count).mapToInt(Integer::intValue).toArray();
    }

    /** The shrunk objective of latent {@code i}. */
    double cost(int i) {
        byte[] thumbs = bank.thumbs();
        int values = squares.length;
        int at = i * values;
        double total = 0;
        for (int v = 0; v < values; v++) {
            float x = (thumbs[at + v] & 0xFF) * (1f / 255);
            total += x * (squares[v] * x - 2 * products[v]);
        }
        return total + constant;
    }

    private static double sum(float[] values) {
        double total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
