package org.latentbrush.app.photo;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentbrush.bridge.image.RasterImage;

/**
 * The before/after split over the canvas: left of the divider the original photo, right of it the
 * edited one.
 */
public final class BeforeAfterViewModel {

    /** Where the divider starts: the middle. */
    public static final double MIDDLE = 0.5;

    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final DoubleProperty divider = new SimpleDoubleProperty(MIDDLE);
    private final ReadOnlyObjectProperty<RasterImage> before;

    /**
     * Creates it, switched off.
     *
     * @param before the original photo as the canvas shows it
     */
    public BeforeAfterViewModel(ReadOnlyObjectProperty<RasterImage> before) {
        this.before = before;
        divider.addListener((obs, old, now) -> {
            double clamped = Math.max(0, Math.min(1, now.doubleValue()));
            if (clamped != now.doubleValue()) {
                divider.set(clamped);
            }
        });
    }

    /** Switches the split on or off. */
    public void toggle() {
        enabled.set(!enabled.get());
    }

    /**
     * Moves the divider to where the mouse drags it.
     *
     * @param x the mouse's x on the canvas
     * @param side the canvas's side
     */
    public void dragTo(double x, double side) {
        divider.set(x / side);
    }

    /** Whether the split is shown. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The divider's position as a fraction of the canvas's width, in [0, 1]. */
    public DoubleProperty dividerProperty() {
        return divider;
    }

    /** The original photo as the canvas shows it, or {@code null}. */
    public ReadOnlyObjectProperty<RasterImage> beforeProperty() {
        return before;
    }
}
