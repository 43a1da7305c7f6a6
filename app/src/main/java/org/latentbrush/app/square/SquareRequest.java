package org.latentbrush.app.square;

import java.util.List;
import java.util.Objects;
import org.latentbrush.bridge.api.EditablePhoto;

/**
 * What the square chooser needs to ask for a square: the photo, the square now edited, the
 * smallest side worth editing and the ready-made squares offered beside the free one.
 *
 * @param photo the whole photo, shown in the chooser
 * @param current the square the model edits now
 * @param smallestSide the model's image size: smaller squares would only be blurred into it
 * @param presets quick choices, in the order shown
 */
public record SquareRequest(EditablePhoto photo, Square current, int smallestSide, List<Preset> presets) {

    public SquareRequest {
        Objects.requireNonNull(photo);
        Objects.requireNonNull(current);
        presets = List.copyOf(presets);
    }

    /** The limits of the photo's squares. */
    public SquareGeometry geometry() {
        return new SquareGeometry(photo.width(), photo.height(), smallestSide);
    }

    /**
     * A ready-made square with its name.
     *
     * @param label what the user picks, e.g. "Largest square, centre"
     * @param square the square
     */
    public record Preset(String label, Square square) {

        @Override
        public String toString() {
            return label;
        }
    }
}
