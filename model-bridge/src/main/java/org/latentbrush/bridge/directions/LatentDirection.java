package org.latentbrush.bridge.directions;

import java.util.Optional;

/**
 * One direction of a model's latent space, shown as a slider.
 *
 * <p>The vector lives in w = atanh(z), the space {@code LatentAdam} optimises in: moving there
 * and mapping back with tanh keeps z inside the prior's support [−1, 1] without clipping, so a
 * slider moved and moved back returns exactly where it started.
 *
 * @param index the principal component's rank, 1 for the strongest
 * @param name what moving toward the maximum does, e.g. "Dusk"; "Direction 7" when nothing
 *     measured it clearly
 * @param layers which layers the move reaches: "all" for generators with one latent and no W+
 * @param effect the measured effect in words, e.g. "dusk share 9% → 61%"
 * @param vector a unit vector of the model's latent size
 * @param step the w-distance of one slider unit: one standard deviation of the prior along the vector
 * @param minimum the slider's lowest value, in units of {@code step}, at most 0
 * @param maximum the slider's highest value, at least 0 and above {@code minimum}
 * @param confirmation the measurement behind the name, empty for unnamed directions
 */
public record LatentDirection(int index, String name, String layers, String effect, float[] vector,
        double step, double minimum, double maximum, Optional<Confirmation> confirmation) {

    /** Longest name: a slider's label, not a sentence. */
    public static final int MAX_NAME_LENGTH = 40;

    /** Layers of a generator whose every layer reads the same z. */
    public static final String ALL_LAYERS = "all";

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException naming the first field that is wrong
     */
    public LatentDirection {
        if (index < 1) {
            throw new IllegalArgumentException("field 'index' must be a positive integer, was " + index);
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("field 'name' must be 1 to " + MAX_NAME_LENGTH
                    + " characters, was \"" + name + "\"");
        }
        if (layers == null || layers.isBlank()) {
            throw new IllegalArgumentException("field 'layers' must not be empty");
        }
        if (effect == null) {
            throw new IllegalArgumentException("field 'effect' is missing");
        }
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("field 'step' must be a positive number, was " + step);
        }
        if (!Double.isFinite(minimum) || !Double.isFinite(maximum) || minimum > 0 || maximum < 0
                || minimum >= maximum) {
            throw new IllegalArgumentException("fields 'minimum' and 'maximum' must be finite, with "
                    + "minimum <= 0 <= maximum and minimum < maximum, were " + minimum + " and " + maximum);
        }
        vector = checkedUnit(vector);
        confirmation = confirmation == null ? Optional.empty() : confirmation;
    }

    /** How far a unit vector's length may be off after a round trip through decimal text. */
    private static final double UNIT_TOLERANCE = 1e-3;

    private static float[] checkedUnit(float[] vector) {
        if (vector == null || vector.length == 0) {
            throw new IllegalArgumentException("field 'vector' must hold the direction's values");
        }
        double squares = 0;
        for (int i = 0; i < vector.length; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException("field 'vector' holds a non-finite value at " + i);
            }
            squares += (double) vector[i] * vector[i];
        }
        if (Math.abs(Math.sqrt(squares) - 1) > UNIT_TOLERANCE) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "field 'vector' must be a unit vector, its length is %.4f", Math.sqrt(squares)));
        }
        return vector.clone();
    }

    /** A copy of the unit vector. */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    /** The vector's value at {@code i}, without copying it. */
    public float component(int i) {
        return vector[i];
    }

    /** The vector's length: the model's latent size. */
    public int size() {
        return vector.length;
    }

    /** The same direction pointing the other way, under another name and effect. */
    public LatentDirection flipped(String newName, String newEffect, Optional<Confirmation> newConfirmation) {
        float[] opposite = new float[vector.length];
        for (int i = 0; i < opposite.length; i++) {
            opposite[i] = -vector[i];
        }
        return new LatentDirection(index, newName, layers, newEffect, opposite, step, -maximum, -minimum,
                newConfirmation);
    }

    /** The same direction under a name, with the effect that earned it. */
    public LatentDirection named(String newName, String newEffect, Optional<Confirmation> newConfirmation) {
        return new LatentDirection(index, newName, layers, newEffect, vector, step, minimum, maximum,
                newConfirmation);
    }
}
