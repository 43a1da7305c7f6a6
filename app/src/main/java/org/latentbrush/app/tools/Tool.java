package org.latentbrush.app.tools;

import org.latentbrush.bridge.constraint.StrokeTool;

/** The tools of the palette: three brushes that make strokes, the eyedropper, and the drag tool. */
public enum Tool {
    COLOR("Colour brush", "B", StrokeTool.COLOR),
    SKETCH("Sketch brush", "S", StrokeTool.SKETCH),
    ERASE("Eraser", "E", StrokeTool.ERASE),
    EYEDROPPER("Eyedropper: pick a colour from the result", "I", null),
    DRAG("Drag points: click a handle, then its target; Shift+drag paints the part that may move", "D", null);

    private final String label;
    private final String shortcut;
    private final StrokeTool strokeTool;

    Tool(String label, String shortcut, StrokeTool strokeTool) {
        this.label = label;
        this.shortcut = shortcut;
        this.strokeTool = strokeTool;
    }

    public String label() {
        return label;
    }

    /** The key that selects it. */
    public String shortcut() {
        return shortcut;
    }

    /** The kind of stroke it makes, or {@code null} for the eyedropper and the drag tool. */
    public StrokeTool strokeTool() {
        return strokeTool;
    }

    /** Parses a saved name, falling back to the colour brush. */
    public static Tool parse(String name) {
        for (Tool t : values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return COLOR;
    }
}
