package org.latentbrush.bridge.api;

import java.util.List;
import org.latentbrush.bridge.image.RasterImage;

/** TEMPORARY stub, replaced by the drag branch. */
public record DragStatus(int step, int steps, List<DragPoint> handles, float[] z, RasterImage image,
        boolean finished, boolean stopped, long millis) {}
