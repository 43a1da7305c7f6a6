package org.latentbrush.bridge.directions;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A model's named directions, strongest first, and the move of a latent along them.
 *
 * <p>Immutable, so {@link #apply} may run on any thread.
 *
 * <pre>{@code
 * float[] dusky = directions.apply(z, new double[] {2.0, 0, 0});   // the first slider at 2
 * }</pre>
 */
public final class LatentDirections {

    /** The file in a model folder that holds them. */
    public static final String FILE_NAME = "directions.json";
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "latent-brush-directions";
    /** The file format's version this program reads and writes. */
    public static final int VERSION = 1;
    /** Most directions a file may hold: sliders a person can still survey. */
    public static final int MAX_DIRECTIONS = 64;

    /**
     * How close to ±1 a latent value is taken before atanh: values the optimiser saturated stay
     * finite in w, and moving them back with tanh lands within float rounding of where they were.
     */
    private static final double EDGE = 1 - 1e-7;

    private final DirectionsOrigin origin;
    private final List<LatentDirection> directions;

    /**
     * Checks a set of directions.
     *
     * @param origin which weights they belong to
     * @param directions strongest first
     * @throws IllegalArgumentException if there are too many, they differ in size, or two share a
     *     name or an index
     */
    public LatentDirections(DirectionsOrigin origin, List<LatentDirection> directions) {
        if (directions.size() > MAX_DIRECTIONS) {
            throw new IllegalArgumentException("at most " + MAX_DIRECTIONS + " directions, were "
                    + directions.size());
        }
        Set<String> names = new HashSet<>();
        Set<Integer> indices = new HashSet<>();
        for (LatentDirection d : directions) {
            if (d.size() != directions.get(0).size()) {
                throw new IllegalArgumentException("direction " + d.index() + " has " + d.size()
                        + " values, direction " + directions.get(0).index() + " has "
                        + directions.get(0).size());
            }
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("two directions are named \"" + d.name() + "\"");
            }
            if (!indices.add(d.index())) {
                throw new IllegalArgumentException("two directions have index " + d.index());
            }
        }
        this.origin = origin;
        this.directions = List.copyOf(directions);
    }

    /**
     * No directions: what a model without a usable {@code directions.json} has.
     *
     * @param model the model's name
     * @param fingerprint its generator weights' fingerprint
     * @return an empty set, which moves nothing
     */
    public static LatentDirections none(String model, String fingerprint) {
        return new LatentDirections(new DirectionsOrigin(model, fingerprint, "none", 1, 0), List.of());
    }

    /** Where the directions come from. */
    public DirectionsOrigin origin() {
        return origin;
    }

    /** The directions, strongest first. */
    public List<LatentDirection> directions() {
        return directions;
    }

    /** Number of directions. */
    public int size() {
        return directions.size();
    }

    /**
     * Moves a latent along the directions: w = atanh(z) + Σ amounts[k]·step_k·vector_k, then
     * z′ = tanh(w).
     *
     * <p>Amounts are in slider units (one standard deviation of the prior along the direction);
     * any finite amount is accepted, the directions' ranges are what a slider offers. All amounts
     * zero give back z itself (copied).
     *
     * @param z a latent of the directions' size, in [−1, 1]
     * @param amounts one per direction, in order
     * @return the moved latent, inside (−1, 1)
     * @throws IllegalArgumentException if a length does not match or an amount is not finite
     */
    public float[] apply(float[] z, double[] amounts) {
        if (amounts.length != directions.size()) {
            throw new IllegalArgumentException("expected " + directions.size() + " slider amounts, got "
                    + amounts.length);
        }
        boolean moved = false;
        for (double a : amounts) {
            if (!Double.isFinite(a)) {
                throw new IllegalArgumentException("slider amounts must be finite, got " + a);
            }
            moved |= a != 0;
        }
        if (!directions.isEmpty() && z.length != directions.get(0).size()) {
            throw new IllegalArgumentException("the latent has " + z.length + " values, the directions "
                    + directions.get(0).size());
        }
        if (!moved) {
            return z.clone();
        }
        double[] w = new double[z.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = atanh(Math.max(-EDGE, Math.min(EDGE, z[i])));
        }
        for (int k = 0; k < amounts.length; k++) {
            LatentDirection d = directions.get(k);
            double distance = amounts[k] * d.step();
            for (int i = 0; i < w.length; i++) {
                w[i] += distance * d.component(i);
            }
        }
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) Math.tanh(w[i]);
        }
        return out;
    }

    /**
     * Moves a latent along one direction only.
     *
     * @param z the latent
     * @param direction the direction's position in {@link #directions()}
     * @param amount in slider units
     * @return the moved latent
     */
    public float[] applyOne(float[] z, int direction, double amount) {
        double[] amounts = new double[directions.size()];
        amounts[direction] = amount;
        return apply(z, amounts);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
