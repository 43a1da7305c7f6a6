package org.latentbrush.bridge.api;

import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.optim.LiveOptimizer;

/**
 * Which generator edits, renders and drags use: the shared model, or a copy tuned to the open
 * photo. It owns the tuned copy and closes it when replaced. Used on the optimiser thread only,
 * which is why it needs no locking.
 */
final class ActiveGenerator {

    private final GanModel shared;
    private final LiveOptimizer live;
    private GanModel tuned;

    ActiveGenerator(GanModel shared, LiveOptimizer live) {
        this.shared = shared;
        this.live = live;
    }

    /** The generator in use now. */
    GanModel get() {
        return tuned == null ? shared : tuned;
    }

    /** The tuned copy in use, or null when edits run on the shared model. */
    GanModel tuned() {
        return tuned;
    }

    /** Switches to a tuned generator, or back to the shared model ({@code null}), closing the one it replaces. */
    void use(GanModel generator) {
        if (tuned != null && tuned != generator) {
            tuned.close();
        }
        tuned = generator;
        live.switchGenerator(get());
    }

    /** Closes the tuned copy, if any; once the optimiser thread has ended. */
    void closeTuned() {
        if (tuned != null) {
            tuned.close();
            tuned = null;
        }
    }
}
