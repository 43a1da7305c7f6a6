package org.latentbrush.bridge.directions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small hand-made direction sets for the tests: unit vectors along the latent's axes. */
final class TestDirections {

    static final String FINGERPRINT = "0123456789abcdef";

    private TestDirections() {}

    /** The axis {@code axis} of a latent of {@code size} values, as a unit vector. */
    static float[] axis(int size, int axis) {
        float[] v = new float[size];
        v[axis] = 1;
        return v;
    }

    /** {@code count} directions along the first axes, named "Direction k", range ±3, step 0.9. */
    static LatentDirections along(int size, int count) {
        List<LatentDirection> list = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Optional<Confirmation> confirmation = k == 0
                    ? Optional.of(new Confirmation("dusk share", 0.1, 0.2, 0.6, 50)) : Optional.empty();
            list.add(new LatentDirection(k + 1, k == 0 ? "Dusk" : "Direction " + (k + 1),
                    LatentDirection.ALL_LAYERS, k == 0 ? "dusk share 10% \u2192 60%" : "", axis(size, k),
                    0.9, -3, 3, confirmation));
        }
        return new LatentDirections(new DirectionsOrigin("tiny-16", FINGERPRINT, "by hand", 100, 1), list);
    }
}
