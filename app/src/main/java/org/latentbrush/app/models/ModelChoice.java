package org.latentbrush.app.models;

import java.nio.file.Path;

/**
 * One entry of the model picker.
 *
 * @param label what the list shows
 * @param reference a built-in name or a folder, or {@code null} for "Open model folder…"
 */
public record ModelChoice(String label, String reference) {

    /** The entry that asks for a folder. */
    public static final ModelChoice OPEN_FOLDER = new ModelChoice("Open model folder\u2026", null);

    /** A built-in model. */
    public static ModelChoice builtIn(String name) {
        return new ModelChoice(name, name);
    }

    /** A model folder the user opened. */
    public static ModelChoice folder(String folder) {
        Path path = Path.of(folder);
        return new ModelChoice(path.getFileName() + "  (" + path.getParent() + ")", folder);
    }

    @Override
    public String toString() {
        return label;
    }
}
