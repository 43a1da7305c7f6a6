package org.latentbrush.bridge.generator;

/**
 * The shape of a built-in generator: what its manifest's {@code architecture} section and sizes say.
 *
 * @param latentSize dimensions of z
 * @param imageSize side of the square image, a power of two of at least 8
 * @param channels 1 (grey) or 3 (RGB)
 * @param baseWidth channels of the last hidden layer (DCGAN's "ngf")
 * @param type the network family
 */
public record ArchitectureSpec(int latentSize, int imageSize, int channels, int baseWidth,
        ArchitectureType type) {

    /**
     * The shape of a {@link ArchitectureType#DCGAN_SUBPIXEL} generator, the family every model
     * before the generator bake-off has.
     */
    public ArchitectureSpec(int latentSize, int imageSize, int channels, int baseWidth) {
        this(latentSize, imageSize, channels, baseWidth, ArchitectureType.DCGAN_SUBPIXEL);
    }

    /**
     * Checks the numbers.
     *
     * @throws IllegalArgumentException naming the first value that cannot be built
     */
    public ArchitectureSpec {
        if (latentSize < 1) {
            throw new IllegalArgumentException("latentSize must be at least 1, was " + latentSize);
        }
        if (imageSize < 8 || Integer.bitCount(imageSize) != 1) {
            throw new IllegalArgumentException(
                    "imageSize must be a power of two of at least 8, was " + imageSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (baseWidth < 1) {
            throw new IllegalArgumentException("baseWidth must be at least 1, was " + baseWidth);
        }
        if (type == null) {
            throw new IllegalArgumentException("type must be one of " + ArchitectureType.knownNames());
        }
    }

    /** Returns the same shape in another network family. */
    public ArchitectureSpec withType(ArchitectureType newType) {
        return new ArchitectureSpec(latentSize, imageSize, channels, baseWidth, newType);
    }

    /** Channels of the 4×4 seed map: the base width doubled at every upsampling step but one. */
    public int seedWidth() {
        return baseWidth << (upsamplingSteps() - 1);
    }

    /** Number of ×2 upsampling layers from the 4×4 seed map to the image. */
    public int upsamplingSteps() {
        return Integer.numberOfTrailingZeros(imageSize / DcganGenerator.SEED_SIZE);
    }
}
