package org.latentbrush.bridge.photo;

import java.util.Locale;

/** How a photo is projected into the latent space: iGAN's three solvers. */
public enum ProjectionMethod {

    /** The encoder's guess alone: instant, but only as good as the encoder. */
    ENCODER,

    /** Optimisation from random starts only: slower, independent of any encoder. */
    OPTIMIZE,

    /** The encoder's guess refined by optimisation, beside a few random starts: iGAN's default. */
    HYBRID;

    /** The name used on the command line and in reports, e.g. {@code hybrid}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line name.
     *
     * @param id {@code hybrid}, {@code encoder} or {@code optimize}, any case
     * @return the method
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ProjectionMethod parse(String id) {
        for (ProjectionMethod m : values()) {
            if (m.id().equalsIgnoreCase(id.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("the projection method must be hybrid, encoder or optimize, "
                + "was '" + id + "'");
    }
}
