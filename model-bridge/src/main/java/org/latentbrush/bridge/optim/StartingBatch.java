package org.latentbrush.bridge.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.latentbrush.bridge.constraint.ConstraintMaps;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The latents an edit may start from: the current result, the encoder's guess, and random draws.
 *
 * <p>The current result comes first so that a small edit refines what the user sees instead of
 * jumping elsewhere. The encoder (when the model has one) reads the current image with the colour
 * strokes painted onto it and guesses a z for that: an instant, usually good start. These are the
 * <em>kept</em> starts, always optimised. The random draws are uniform in [−1, 1], or, after a fix,
 * z₀ plus uniform noise, as in iGAN; there are at least enough of them to fill the other slots, and
 * more when the settings ask to screen them (the optimiser keeps the cheapest).
 *
 * <p>An edit that takes over from one it superseded (a stroke still being drawn, sent again as it
 * grew) keeps the candidates that edit was still stepping instead, and neither screens nor adds
 * random draws: they are the cheapest of its screen already, moved by its steps toward nearly the
 * same strokes, so the steps made while the stroke was drawn are not thrown away when it ends, and
 * an edit that had narrowed to its leaders goes on at their batch instead of the full one.
 *
 * <p>It also renders the current result's picture, once: the encoder's guess paints onto it, and the
 * continuity term measures each candidate's change from it.
 */
final class StartingBatch {

    private final float[] latents;
    private final float[] anchor;
    private final int count;
    private final int kept;
    private final int latentSize;
    private final RasterImage currentPicture;

    StartingBatch(GanModel model, OptimizerSettings settings, EditStart start, ConstraintMaps maps) {
        this(model, settings, start, maps, null);
    }

    /**
     * The starts of an edit.
     *
     * @param model the generator
     * @param settings the protocol
     * @param start the current result, anchor and carried candidates
     * @param maps the rasterised strokes
     * @param bank pre-rendered random starts, or {@code null}: when complete, a screened edit with
     *     colour strokes and no fixed result draws its random starts from the bank's best matches
     *     instead of afresh, and fewer of them ({@link StartBank#SCREENED})
     */
    StartingBatch(GanModel model, OptimizerSettings settings, EditStart start, ConstraintMaps maps,
            StartBank bank) {
        ModelManifest manifest = model.manifest();
        latentSize = manifest.latentSize();
        anchor = start.anchor() != null ? start.anchor().clone() : new float[latentSize];
        boolean guess = model.hasEncoder() && maps.colorArea() > 0;
        boolean picture = start.current() != null && (guess || settings.continuityWeight() > 0);
        currentPicture = picture ? model.render(List.of(checked(start.current()))).get(0) : null;
        List<float[]> carried = carriedOtherThan(start);
        int wanted = (start.current() != null ? 1 : 0) + (guess ? 1 : 0) + carried.size();
        kept = Math.min(wanted, settings.candidates());
        boolean fromBank = usesBank(bank, settings, start, maps);
        // The bank's ranking has done most of the screen's work already.
        int draws = fromBank ? Math.min(settings.screened(), StartBank.SCREENED) : settings.screened();
        count = start.continues() ? kept : kept + Math.max(settings.candidates() - kept, draws);
        latents = new float[count * latentSize];
        int slot = 0;
        if (start.current() != null) {
            put(slot++, start.current());
        }
        if (guess && slot < kept) {
            put(slot++, encoderGuess(model, currentPicture, maps));
        }
        for (int i = 0; i < carried.size() && slot < kept; i++) {
            put(slot++, carried.get(i));
        }
        if (fromBank) {
            float[] shown = currentPicture != null ? currentPicture.data() : null;
            for (float[] z : bank.best(maps, shown, settings.continuityWeight(), count - slot)) {
                put(slot++, z);
            }
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        for (; slot < count; slot++) {
            for (int d = 0; d < latentSize; d++) {
                double value = start.isFixed()
                        ? anchor[d] + settings.restartNoise() * (2 * random.nextDouble() - 1)
                        : 2 * random.nextDouble() - 1;
                latents[slot * latentSize + d] = (float) Math.max(-1, Math.min(1, value));
            }
        }
    }

    /**
     * Whether the random starts come from the bank: it is complete, the edit screens draws, draws
     * them across the whole prior (nothing fixed) and has colour strokes to rank them by.
     */
    private static boolean usesBank(StartBank bank, OptimizerSettings settings, EditStart start,
            ConstraintMaps maps) {
        return bank != null && bank.isComplete() && settings.screened() > 0 && !start.isFixed()
                && !start.continues() && maps.colorArea() > 0;
    }

    /** The carried candidates, less the one that is the current result already. */
    private static List<float[]> carriedOtherThan(EditStart start) {
        return start.carried().stream().filter(z -> !Arrays.equals(z, start.current())).toList();
    }

    /** All starting latents, kept ones first, as an array of shape (count, latent). */
    NDArray latents(NDManager manager) {
        return manager.create(latents, new Shape(count, latentSize));
    }

    /** How many latents there are: the kept ones and the random draws. */
    int count() {
        return count;
    }

    /** How many of the first latents are optimised whatever they cost (current, encoder guess). */
    int kept() {
        return kept;
    }

    float[] anchor() {
        return anchor;
    }

    /**
     * The current result's image; {@code null} when there is no current result, or neither the
     * encoder nor the continuity term needs it.
     */
    RasterImage currentPicture() {
        return currentPicture;
    }

    private void put(int slot, float[] z) {
        System.arraycopy(checked(z), 0, latents, slot * latentSize, latentSize);
    }

    private float[] checked(float[] z) {
        if (z.length != latentSize) {
            throw new IllegalArgumentException("latent has " + z.length + " values, the model needs "
                    + latentSize);
        }
        return z;
    }

    private static float[] encoderGuess(GanModel model, RasterImage currentPicture, ConstraintMaps maps) {
        ModelManifest mf = model.manifest();
        int s = mf.imageSize();
        int c = mf.channels();
        try (NDManager scope = model.manager().newSubManager()) {
            NDArray base = currentPicture != null
                    ? scope.create(currentPicture.data(), new Shape(1, c, s, s))
                            .mul(mf.valueHigh() - mf.valueLow()).add(mf.valueLow())
                    : scope.full(new Shape(1, c, s, s), (float) (mf.valueLow() + mf.valueHigh()) / 2);
            NDArray mask = scope.create(maps.colorMask(), new Shape(1, 1, s, s));
            NDArray target = scope.create(EditLoss.target(maps, c), new Shape(1, c, s, s))
                    .mul(mf.valueHigh() - mf.valueLow()).add(mf.valueLow());
            NDArray painted = target.mul(mask).add(base.mul(mask.neg().add(1)));
            return model.encode(painted).orElseThrow().toFloatArray();
        }
    }
}
