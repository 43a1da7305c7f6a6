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

    /** Largest latent size: far beyond the 100 to 512 generators use. */
    public static final int MAX_LATENT_SIZE = 4096;
    /** Largest image side: the editor enlarges results instead of generating them this large. */
    public static final int MAX_IMAGE_SIZE = 1024;
    /**
     * Most weights a generator may hold, about 256 MB of floats (the largest file a model zip may
     * hold): a manifest claiming more is refused before anything is allocated.
     */
    public static final long MAX_WEIGHTS = 64_000_000L;

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
        if (latentSize < 1 || latentSize > MAX_LATENT_SIZE) {
            throw new IllegalArgumentException("latentSize must be 1 to " + MAX_LATENT_SIZE + ", was "
                    + latentSize);
        }
        if (imageSize < 8 || imageSize > MAX_IMAGE_SIZE || Integer.bitCount(imageSize) != 1) {
            throw new IllegalArgumentException("imageSize must be a power of two of at least 8 and at most "
                    + MAX_IMAGE_SIZE + ", was " + imageSize);
        }
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (baseWidth < 1) {
            throw new IllegalArgumentException("baseWidth must be at least 1, was " + baseWidth);
        }
        double weights = approximateWeights(latentSize, imageSize, baseWidth);
        if (weights > MAX_WEIGHTS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "baseWidth %d is too "
                    + "large for latentSize %d and imageSize %d: the generator would hold about %.0f million "
                    + "weights, more than the %d million allowed", baseWidth, latentSize, imageSize,
                    weights / 1e6, MAX_WEIGHTS / 1_000_000));
        }
        if (type == null) {
            throw new IllegalArgumentException("type must be one of " + ArchitectureType.knownNames());
        }
    }

    /**
     * An upper estimate of a generator's weights, in every family: the dense layer from z to the
     * 4×4 seed map, plus at most 16 weights per pair of channels of the widest convolution, which
     * bounds all the halving convolutions after it together.
     */
    private static double approximateWeights(int latentSize, int imageSize, int baseWidth) {
        int steps = Integer.numberOfTrailingZeros(imageSize / DcganGenerator.SEED_SIZE);
        double seedWidth = baseWidth * Math.pow(2, steps - 1);
        int seedPixels = DcganGenerator.SEED_SIZE * DcganGenerator.SEED_SIZE;
        return (double) latentSize * seedWidth * seedPixels + seedWidth * seedWidth * seedPixels;
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
