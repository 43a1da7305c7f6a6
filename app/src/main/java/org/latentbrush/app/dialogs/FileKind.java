package org.latentbrush.app.dialogs;

import java.util.List;
import java.util.Locale;

/** Kinds of file the editor reads or writes, with their name patterns. */
public enum FileKind {
    SESSION("Latent Brush sessions", "*.lbrush"),
    STROKES("Strokes files", "*.json"),
    PNG("PNG images", "*.png"),
    GIF("Animated GIF", "*.gif"),
    PHOTO("Photos (PNG, JPEG)", "*.png", "*.jpg", "*.jpeg");

    private final String description;
    private final List<String> patterns;

    FileKind(String description, String... patterns) {
        this.description = description;
        this.patterns = List.of(patterns);
    }

    public String description() {
        return description;
    }

    /** The first glob, e.g. {@code *.png}. */
    public String pattern() {
        return patterns.get(0);
    }

    /** Every glob of the kind, e.g. {@code *.png}, {@code *.jpg}. */
    public List<String> patterns() {
        return patterns;
    }

    /** The first extension with its dot, e.g. {@code .png}: the one added to a name that has none. */
    public String extension() {
        return pattern().substring(1);
    }

    /** Whether a file name ends in one of the kind's extensions, in any case. */
    public boolean matches(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> name.endsWith(p.substring(1)));
    }
}
