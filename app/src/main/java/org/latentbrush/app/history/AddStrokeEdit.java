package org.latentbrush.app.history;

import org.latentbrush.bridge.constraint.Stroke;

/** The user drew a stroke. */
public final class AddStrokeEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "stroke";

    private final Stroke stroke;

    public AddStrokeEdit(DocumentState before, DocumentState after, Stroke stroke) {
        super(before, after);
        this.stroke = stroke;
    }

    public Stroke stroke() {
        return stroke;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return switch (stroke.tool()) {
            case COLOR -> "Colour stroke " + stroke.hexColor();
            case SKETCH -> "Sketch stroke";
            case ERASE -> "Eraser stroke";
        };
    }
}
