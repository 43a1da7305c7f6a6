package org.latentbrush.bridge.generator;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The generator network families this version builds, by the name a manifest gives them.
 *
 * <p>All map a latent z of the manifest's size to an image in [−1, 1]; they differ in how they
 * upsample and in whether there is an intermediate latent space W.
 */
public enum ArchitectureType {

    /** DCGAN with 4×4 stride-2 transposed convolutions computed as sub-pixel convolutions. */
    DCGAN_SUBPIXEL("dcgan-subpixel"),

    /**
     * Nearest-neighbour ×2 then a 3×3 convolution at every step (Odena et al. 2016): every output
     * pixel sees the same number of kernel taps, so there is no checkerboard pattern.
     */
    RESIZE_CONV("resize-conv"),

    /**
     * A small StyleGAN2-like network: a mapping MLP z → w, a learned constant, modulated and
     * demodulated 3×3 convolutions after each ×2 resize, skip-connected toRGB outputs.
     */
    STYLE("style");

    private final String manifestName;

    ArchitectureType(String manifestName) {
        this.manifestName = manifestName;
    }

    /** The value of the manifest's {@code architecture.type}. */
    public String manifestName() {
        return manifestName;
    }

    /**
     * Looks up a manifest name.
     *
     * @param name the value of {@code architecture.type}
     * @return the type, or empty when this version does not know it
     */
    public static Optional<ArchitectureType> fromManifestName(String name) {
        return Arrays.stream(values()).filter(t -> t.manifestName.equals(name)).findFirst();
    }

    /** The known names, quoted and comma-separated, for messages. */
    public static String knownNames() {
        return Arrays.stream(values()).map(t -> "\"" + t.manifestName + "\"")
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return manifestName;
    }
}
