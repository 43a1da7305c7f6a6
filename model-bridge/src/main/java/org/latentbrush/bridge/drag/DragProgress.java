package org.latentbrush.bridge.drag;

import java.util.List;
import org.latentbrush.bridge.image.RasterImage;

/**
 * One step's state of a drag, streamed while it runs and returned when it ends.
 *
 * @param step Adam steps taken before this state (0: the start)
 * @param steps the most steps the drag may take
 * @param handles where each handle's content is now, as the tracker found it in {@code image}
 * @param z the latent of this state, in [−1, 1]
 * @param image G(z), values in [0, 1]
 * @param finished whether the drag has ended
 * @param stopped whether it ended because it was cancelled
 * @param millis wall time since the drag began
 */
public record DragProgress(int step, int steps, List<ImagePoint> handles, float[] z, RasterImage image,
        boolean finished, boolean stopped, long millis) {

    public DragProgress {
        handles = List.copyOf(handles);
    }
}
