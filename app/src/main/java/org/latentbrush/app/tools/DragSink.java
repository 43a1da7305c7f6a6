package org.latentbrush.app.tools;

/**
 * Receives the drag tool's presses on the canvas, in canvas coordinates: points that become
 * handles and their targets, or, with Shift held, the region that may move, painted with the
 * brush's radius.
 */
public interface DragSink {

    /**
     * The mouse went down.
     *
     * @param x canvas x
     * @param y canvas y
     * @param region whether it paints the movable region (Shift) rather than placing a point
     * @param radius the brush radius, for the region
     */
    void pressed(double x, double y, boolean region, double radius);

    /** The mouse moved with the button down. */
    void dragged(double x, double y);

    /** The mouse went up. */
    void released(double x, double y);

    /** A sink that ignores everything, for a canvas without the drag tool's panel. */
    DragSink NONE = new DragSink() {
        @Override
        public void pressed(double x, double y, boolean region, double radius) {
        }

        @Override
        public void dragged(double x, double y) {
        }

        @Override
        public void released(double x, double y) {
        }
    };
}
