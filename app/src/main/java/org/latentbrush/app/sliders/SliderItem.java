package org.latentbrush.app.sliders;

import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentbrush.bridge.api.SliderDirection;

/** One slider of the panel: a direction of the model and how far along it the result is moved. */
public final class SliderItem {

    private final SliderDirection direction;
    private final DoubleProperty amount = new SimpleDoubleProperty(this, "amount", 0);

    SliderItem(SliderDirection direction) {
        this.direction = Objects.requireNonNull(direction);
    }

    /** The direction: its name, range and what it does. */
    public SliderDirection direction() {
        return direction;
    }

    /** How far along the direction, from its minimum to its maximum; 0 leaves the base as it is. */
    public DoubleProperty amountProperty() {
        return amount;
    }
}
