package org.latentbrush.bridge.training.data;

import java.util.Objects;

/**
 * The labels of one rendered landscape, as chosen from its seed; {@link LandscapeRenderer#render}
 * draws exactly these, so they can train a scene classifier (for a Fréchet distance).
 *
 * @param timeOfDay the sky and lighting
 * @param hasMountains whether at least one mountain range stands on the horizon
 * @param hasWater whether a lake or sea with reflections lies between horizon and foreground
 * @param ground the foreground material
 */
public record SceneLabels(TimeOfDay timeOfDay, boolean hasMountains, boolean hasWater,
        GroundType ground) {

    /** Checks that no label is missing. */
    public SceneLabels {
        Objects.requireNonNull(timeOfDay, "timeOfDay");
        Objects.requireNonNull(ground, "ground");
    }
}
