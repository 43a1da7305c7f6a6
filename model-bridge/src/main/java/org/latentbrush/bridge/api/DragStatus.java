package org.latentbrush.bridge.api;

import java.util.List;
import org.latentbrush.bridge.drag.DragProgress;
import org.latentbrush.bridge.image.RasterImage;

/**
 * One step's state of a drag, streamed and final.
 *
 * @param step optimiser steps taken before this state (0: the start)
 * @param steps the most steps the drag may take
 * @param handles where each handle's content is now, as the point tracker found it in {@code image}
 * @param z the latent of this state
 * @param image G(z), values in [0, 1]
 * @param finished whether the drag has ended: every handle arrived, the steps ran out, or it was stopped
 * @param stopped whether it ended because it was cancelled (or the engine closed)
 * @param millis wall time since the drag began on the optimiser thread
 */
public record DragStatus(int step, int steps, List<DragPoint> handles, float[] z, RasterImage image,
        boolean finished, boolean stopped, long millis) {

    public DragStatus {
        handles = List.copyOf(handles);
    }

    /** The fraction of the most steps done, in [0, 1]; 1 once finished. */
    public double fraction() {
        return finished || steps <= 0 ? 1 : Math.min(1, step / (double) steps);
    }

    static DragStatus of(DragProgress p) {
        List<DragPoint> handles = p.handles().stream().map(h -> new DragPoint(h.x(), h.y())).toList();
        return new DragStatus(p.step(), p.steps(), handles, p.z(), p.image(), p.finished(), p.stopped(),
                p.millis());
    }
}
