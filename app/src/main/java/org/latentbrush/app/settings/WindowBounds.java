package org.latentbrush.app.settings;

/**
 * The main window's place and size.
 *
 * @param x left edge, or NaN to let the system place it
 * @param y top edge, or NaN
 * @param width width
 * @param height height
 * @param maximized whether it fills the screen
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final double DEFAULT_WIDTH = 1320;
    public static final double DEFAULT_HEIGHT = 860;
}
