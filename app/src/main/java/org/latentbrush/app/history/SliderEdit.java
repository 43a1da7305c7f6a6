package org.latentbrush.app.history;

import java.util.Locale;
import java.util.Objects;

/** The user moved a slider (a direction in the model's latent space), or reset the sliders. */
public final class SliderEdit extends DocumentEdit {

    /** How a saved session names this kind of edit. */
    public static final String KIND = "slider";
    /** The name of a saved slider edit without one of its own. */
    public static final String DEFAULT_NAME = "Slider";

    private final String name;

    /**
     * Creates the edit.
     *
     * @param before the document before the move
     * @param after the document with the moved result
     * @param name what the history shows, see {@link #name(String, double)}
     */
    public SliderEdit(DocumentState before, DocumentState after, String name) {
        super(before, after);
        this.name = Objects.requireNonNull(name);
    }

    /**
     * The history's name of a slider's move, e.g. "Slider Dusk +1.5".
     *
     * @param slider the slider's name
     * @param amount where it was left
     * @return the name
     */
    public static String name(String slider, double amount) {
        return DEFAULT_NAME + " " + slider + " " + String.format(Locale.ROOT, "%+.1f", amount);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String name() {
        return name;
    }
}
