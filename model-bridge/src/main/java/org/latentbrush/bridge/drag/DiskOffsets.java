package org.latentbrush.bridge.drag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The whole-pixel offsets within a radius, nearest first: a handle's neighbourhood. */
final class DiskOffsets {

    private DiskOffsets() {}

    /**
     * Lists (dx, dy) with dx² + dy² ≤ radius², the origin first and farther ones later, so a
     * search that keeps the first of equal scores keeps the nearest.
     *
     * @param radius in pixels, not negative
     * @return the offsets as {dx, dy} pairs
     */
    static List<int[]> within(double radius) {
        int reach = (int) Math.floor(radius);
        List<int[]> offsets = new ArrayList<>();
        for (int dy = -reach; dy <= reach; dy++) {
            for (int dx = -reach; dx <= reach; dx++) {
                if (dx * dx + dy * dy <= radius * radius) {
                    offsets.add(new int[] {dx, dy});
                }
            }
        }
        offsets.sort(Comparator.comparingInt(o -> o[0] * o[0] + o[1] * o[1]));
        return offsets;
    }
}
