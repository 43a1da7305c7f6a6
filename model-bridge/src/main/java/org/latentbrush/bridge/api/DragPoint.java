package org.latentbrush.bridge.api;

/**
 * A point on the model's image for a drag, in model pixels: x to the right, y down, continuous
 * like a stroke's points (pixel (i, j) covers [i, i+1) × [j, j+1); the image covers [0, size]).
 *
 * @param x the horizontal coordinate
 * @param y the vertical coordinate
 */
public record DragPoint(double x, double y) {}
