package org.latentbrush.app.dialogs;

/** Kinds of file the editor reads or writes, with their name patterns. */
public enum FileKind {
    SESSION("Latent Brush sessions", "*.lbrush"),
    STROKES("Strokes files", "*.json"),
    PNG("PNG images", "*.png"),
    GIF("Animated GIF", "*.gif");

    private final String description;
    private final String pattern;

    FileKind(String description, String pattern) {
        this.description = description;
        this.pattern = pattern;
    }

    public String description() {
        return description;
    }

    /** The glob, e.g. {@code *.png}. */
    public String pattern() {
        return pattern;
    }

    /** The extension with its dot, e.g. {@code .png}. */
    public String extension() {
        return pattern.substring(1);
    }
}
