package org.latentbrush.bridge.generator;

import ai.djl.nn.Block;

/** Builds the generator network of an architecture's family. */
public final class GeneratorNetworks {

    private GeneratorNetworks() {}

    /**
     * Builds an uninitialised generator block.
     *
     * @param spec the model's shape, width and family
     * @return a block mapping (batch, latent) to (batch, channels, size, size) in [-1, 1]
     */
    public static Block build(ArchitectureSpec spec) {
        return switch (spec.type()) {
            case DCGAN_SUBPIXEL -> DcganGenerator.build(spec);
            case RESIZE_CONV -> ResizeConvGenerator.build(spec);
            case STYLE -> new StyleGenerator(spec);
        };
    }
}
