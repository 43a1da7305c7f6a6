package org.latentbrush.app.tools;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The brush as the user set it up: tool, colour, size, and whether strokes are shown. */
public final class ToolsViewModel {

    /** Smallest brush radius, in canvas pixels. */
    public static final double MIN_RADIUS = 2;
    /** Largest brush radius, in canvas pixels. */
    public static final double MAX_RADIUS = 96;
    /** Starting radius. */
    public static final double DEFAULT_RADIUS = 18;
    /** Starting colour: a saturated green that most landscape models can reach. */
    public static final int DEFAULT_COLOR = 0x3A8F2C;
    /** Each {@code [} or {@code ]} scales the radius by this. */
    private static final double STEP = 1.25;

    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.COLOR);
    private final IntegerProperty color = new SimpleIntegerProperty(DEFAULT_COLOR);
    private final DoubleProperty radius = new SimpleDoubleProperty(DEFAULT_RADIUS);
    private final BooleanProperty showStrokes = new SimpleBooleanProperty(true);

    public ToolsViewModel() {
        radius.addListener((obs, old, now) -> {
            double clamped = clamp(now.doubleValue());
            if (clamped != now.doubleValue()) {
                radius.set(clamped);
            }
        });
    }

    /** Makes the brush bigger ({@code ]}). */
    public void grow() {
        radius.set(clamp(Math.round(radius.get() * STEP)));
    }

    /** Makes the brush smaller ({@code [}). */
    public void shrink() {
        radius.set(clamp(Math.round(radius.get() / STEP)));
    }

    /** Takes a colour picked from the result and goes back to the colour brush. */
    public void pickColor(int rgb) {
        color.set(rgb & 0xFFFFFF);
        tool.set(Tool.COLOR);
    }

    private static double clamp(double r) {
        return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, r));
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** The colour as 0xRRGGBB. */
    public IntegerProperty colorProperty() {
        return color;
    }

    public DoubleProperty radiusProperty() {
        return radius;
    }

    public BooleanProperty showStrokesProperty() {
        return showStrokes;
    }
}
