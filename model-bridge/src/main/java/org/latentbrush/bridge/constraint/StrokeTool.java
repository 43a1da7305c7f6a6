package org.latentbrush.bridge.constraint;

import java.util.Locale;

/** The kind of brush that made a stroke, and so what the stroke asks of the image. */
public enum StrokeTool {
    /** "These pixels have this colour." */
    COLOR,
    /** "An edge runs here." */
    SKETCH,
    /** Removes the colour and sketch constraints under it. */
    ERASE;

    /** The name used in strokes files. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the name used in strokes files.
     *
     * @param name {@code color}, {@code sketch} or {@code erase}
     * @return the tool
     * @throws IllegalArgumentException for any other name
     */
    public static StrokeTool fromFileName(String name) {
        for (StrokeTool tool : values()) {
            if (tool.fileName().equals(name)) {
                return tool;
            }
        }
        throw new IllegalArgumentException("unknown tool \"" + name + "\" (use color, sketch or erase)");
    }
}
