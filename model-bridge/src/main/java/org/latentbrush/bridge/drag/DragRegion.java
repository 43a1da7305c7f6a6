package org.latentbrush.bridge.drag;

import java.util.List;

/** The region a drag is about when the user marked none: near the straight path of each handle. */
final class DragRegion {

    private DragRegion() {}

    /**
     * Marks every pixel whose centre lies within a distance of a segment from a handle to its
     * target.
     *
     * @param handles the handles
     * @param targets their targets, in the same order
     * @param radius the distance, in pixels
     * @param size the image's side
     * @return a row-major size×size mask, true near a path
     */
    static boolean[] around(List<ImagePoint> handles, List<ImagePoint> targets, double radius, int size) {
        boolean[] near = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                ImagePoint centre = new ImagePoint(x + 0.5, y + 0.5);
                for (int i = 0; i < handles.size() && !near[y * size + x]; i++) {
                    near[y * size + x] = distanceToSegment(centre, handles.get(i), targets.get(i)) <= radius;
                }
            }
        }
        return near;
    }

    static double distanceToSegment(ImagePoint p, ImagePoint a, ImagePoint b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared));
        return p.distanceTo(new ImagePoint(a.x() + t * dx, a.y() + t * dy));
    }
}
