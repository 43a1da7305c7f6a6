package org.latentbrush.app.engine;

import java.util.List;
import java.util.Objects;
import org.latentbrush.bridge.api.SliderDirection;

/**
 * The open model's sliders (GANSpace directions in its latent space) and moving a latent along
 * them. Both are pure and quick, so they run on the calling thread.
 */
public final class SliderCalls {

    private final LiveResult live;

    /** @param live the open engine's owner */
    public SliderCalls(LiveResult live) {
        this.live = Objects.requireNonNull(live);
    }

    /** The open model's sliders, strongest first; empty when it has none or no model is open. */
    public List<SliderDirection> sliders() {
        PaintEngine target = live.engine();
        return target == null ? List.of() : List.copyOf(target.sliders());
    }

    /** Why the open model's directions file could not be used, or empty. */
    public java.util.Optional<String> warning() {
        PaintEngine target = live.engine();
        return target == null ? java.util.Optional.empty() : target.slidersWarning();
    }

    /**
     * A latent moved along the open model's sliders.
     *
     * @param z the latent
     * @param amounts {@code amounts[k]} for {@code sliders().get(k)}
     * @return the moved latent
     * @throws IllegalStateException when no model is open
     */
    public float[] apply(float[] z, double[] amounts) {
        PaintEngine target = live.engine();
        if (target == null) {
            throw new IllegalStateException("no model is open");
        }
        return target.applySliders(z.clone(), amounts.clone());
    }
}
