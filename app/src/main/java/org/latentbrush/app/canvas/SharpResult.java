package org.latentbrush.app.canvas;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.latentbrush.app.engine.EnlargeCalls;
import org.latentbrush.bridge.api.Enlargement;
import org.latentbrush.bridge.image.RasterImage;

/**
 * What the canvas draws: the model's result enlarged by its learned upscaler, or the result itself
 * (which the canvas enlarges smoothly) when the upscaler is switched off, missing, or still busy
 * with the first result.
 *
 * <p>Only model-sized images are sharpened; a photo's square is already at full resolution. While
 * an edit streams its previews they are drawn smoothly and nothing is enlarged: the upscaler would
 * take the core the optimiser needs to settle the edit sooner (docs/PERFORMANCE.md), and a preview
 * is replaced within a tenth of a second anyway. The settled result, and any result shown while no
 * edit runs (undo, a pick), is enlarged; one enlargement runs at a time and only the newest result
 * waits. Used on the user-interface thread only.
 */
public final class SharpResult {

    private final ObservableValue<RasterImage> result;
    private final EnlargeCalls calls;
    private final int canvasSide;
    private final ObservableValue<Boolean> streaming;
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<RasterImage> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private RasterImage waiting;
    private boolean running;
    /** Whether {@link #shown} holds an enlargement (kept up until the next one is ready). */
    private boolean showingSharp;

    /**
     * Creates it.
     *
     * @param result the image the canvas shows, at the model's size or a photo's square
     * @param calls the open engine's enlargement
     * @param canvasSide the canvas's side; images at least half as wide are shown as they are
     * @param modelChanged changes when another model is opened
     * @param streaming true while an edit streams previews; results are enlarged once it is false
     */
    public SharpResult(ObservableValue<RasterImage> result, EnlargeCalls calls, int canvasSide,
            ObservableValue<?> modelChanged, ObservableValue<Boolean> streaming) {
        this.result = Objects.requireNonNull(result);
        this.calls = Objects.requireNonNull(calls);
        this.canvasSide = canvasSide;
        this.streaming = Objects.requireNonNull(streaming);
        result.addListener((obs, old, now) -> update());
        streaming.addListener((obs, old, now) -> update());
        enabled.addListener((obs, old, now) -> update());
        modelChanged.addListener((obs, old, now) -> update());
        update();
    }

    /** Whether the learned upscaler is used; off compares with smooth scaling. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The image to draw: sharp and larger, or the result as it is. */
    public ReadOnlyObjectProperty<RasterImage> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** How the shown image is enlarged, for the status line, e.g. "learned ×4 (landscape-x4)". */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    private void update() {
        RasterImage image = result.getValue();
        Enlargement enlargement = calls.enlargement();
        boolean sharpen = image != null && enabled.get() && enlargement.learned()
                && image.width() * 2 <= canvasSide;
        description.set(image != null && image.width() * 2 > canvasSide ? "full resolution"
                : enabled.get() || !enlargement.learned() ? enlargement.description()
                        : "smooth scaling (the learned upscaler is switched off)");
        if (!sharpen || Boolean.TRUE.equals(streaming.getValue())) {
            waiting = null;
            showingSharp = false;
            shown.set(image);
            return;
        }
        if (!showingSharp) {
            // Nothing sharp to keep up yet: show the result smoothly until the first sharp image.
            shown.set(image);
        }
        waiting = image;
        if (!running) {
            runNext();
        }
    }

    private void runNext() {
        RasterImage input = waiting;
        waiting = null;
        if (input == null) {
            running = false;
            return;
        }
        running = true;
        calls.enlarge(input, calls.enlargement().scale(), big -> {
            if (input == result.getValue() && enabled.get()) {
                showingSharp = true;
                shown.set(big);
            }
            runNext();
        }, failure -> {
            if (input == result.getValue()) {
                showingSharp = false;
                shown.set(input);
            }
            runNext();
        });
    }
}
