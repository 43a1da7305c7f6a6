package org.latentbrush.bridge.drag;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * DragGAN's motion supervision: the features in a disk around each handle are asked to reappear
 * one small step further toward its target.
 *
 * <p>For each handle p that has not arrived, with d the step toward its target, the loss is the
 * mean absolute difference between the features at q + d and the features at q, for every q in the
 * disk of radius r1 around p. The features at q are detached, so the gradient moves the content
 * forward rather than pulling the target's surroundings back. Sampling at q + d is bilinear, so
 * steps shorter than a feature pixel still pull.
 */
final class MotionSupervision {

    private final FeatureGrid grid;
    private final List<int[]> disk;
    private final double stepLength;
    private final double arrivalDistance;

    MotionSupervision(FeatureGrid grid, DragSettings settings) {
        this.grid = grid;
        this.disk = DiskOffsets.within(settings.supervisionRadius());
        this.stepLength = settings.stepLength();
        this.arrivalDistance = settings.arrivalDistance();
    }

    /** Whether a handle is close enough to its target to be left alone. */
    boolean arrived(ImagePoint handle, ImagePoint target) {
        return handle.distanceTo(target) <= arrivalDistance;
    }

    /**
     * The motion loss of one latent's features.
     *
     * @param map features of shape (1, channels, side, side), recording gradients
     * @param handles where each handle is now
     * @param targets where each should go, in the same order
     * @param scope the step's manager, owner of the sampling matrices
     * @return a scalar, zero (still connected to the map) when every handle has arrived
     */
    NDArray loss(NDArray map, List<ImagePoint> handles, List<ImagePoint> targets, NDManager scope) {
        long channels = map.getShape().get(1);
        NDArray flat = map.reshape(channels, (long) grid.side() * grid.side()).transpose();
        // Zero times the map keeps the loss connected to z when no handle adds to it.
        NDArray total = map.sum().mul(0f);
        for (int i = 0; i < handles.size(); i++) {
            ImagePoint p = handles.get(i);
            ImagePoint t = targets.get(i);
            if (arrived(p, t)) {
                continue;
            }
            double distance = p.distanceTo(t);
            double dx = (t.x() - p.x()) / distance * stepLength;
            double dy = (t.y() - p.y()) / distance * stepLength;
            List<ImagePoint> here = new ArrayList<>(disk.size());
            List<ImagePoint> ahead = new ArrayList<>(disk.size());
            for (int[] o : disk) {
                ImagePoint q = p.plus(o[0], o[1]);
                here.add(q);
                ahead.add(q.plus(dx, dy));
            }
            NDArray source = grid.samplingMatrix(here, scope).dot(flat).stopGradient();
            NDArray moved = grid.samplingMatrix(ahead, scope).dot(flat);
            total = total.add(moved.sub(source).abs().mean());
        }
        return total;
    }
}
