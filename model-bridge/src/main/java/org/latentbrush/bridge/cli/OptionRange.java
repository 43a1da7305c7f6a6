package org.latentbrush.bridge.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Checks command-line values against the range they can mean, naming the option, before any
 * work or allocation depends on them.
 */
final class OptionRange {

    /** Largest enlargement of written images: 64 px × 16 = 1,024 px. */
    static final int MAX_SCALE = 16;
    /** Most Adam iterations one run may take: far beyond any protocol, still minutes at worst. */
    static final int MAX_ITERATIONS = 100_000;
    /** Most candidates optimised together. */
    static final int MAX_CANDIDATES = 1_024;
    /** Most images one command renders in one go. */
    static final int MAX_IMAGES = 4_096;
    /** Most pixels of one written image, so a grid is refused before it is allocated. */
    static final long MAX_PIXELS = 64L << 20;

    private OptionRange() {}

    /**
     * Checks a whole number.
     *
     * @param option the option's name, e.g. {@code --scale}
     * @param value the value given
     * @param min the smallest meaningful value
     * @param max the largest allowed value
     * @return the value
     * @throws UserInputException naming the option, the range and the value
     */
    static int check(String option, int value, int min, int max) throws UserInputException {
        if (value < min || value > max) {
            throw new UserInputException(option + " must be between " + min + " and " + max
                    + ", was " + value);
        }
        return value;
    }

    /**
     * Checks a real number.
     *
     * @throws UserInputException naming the option when it is not finite or out of range
     */
    static double check(String option, double value, double min, double max)
            throws UserInputException {
        if (!(value >= min && value <= max)) {
            throw new UserInputException(option + " must be a number between " + plain(min)
                    + " and " + plain(max) + ", was " + value);
        }
        return value;
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /**
     * Checks that an output file has the extension of what is written into it.
     *
     * @param option the option's name
     * @param file the path given
     * @param extension the extension without the dot, lower case
     * @throws UserInputException naming the option and the file
     */
    static void extension(String option, Path file, String extension) throws UserInputException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (!name.endsWith("." + extension)) {
            throw new UserInputException(option + " must name a ." + extension + " file (that is "
                    + "what is written), was " + file);
        }
    }

    /**
     * Checks, before any work, that an output folder can be one: it is a folder or does not exist
     * yet, and no file stands where a folder on its path must be.
     *
     * @param option the option's name
     * @param folder the folder given
     * @throws UserInputException naming the option and the path in the way
     */
    static void outputFolder(String option, Path folder) throws UserInputException {
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (java.nio.file.Files.exists(p) && !java.nio.file.Files.isDirectory(p)) {
                throw new UserInputException(option + " " + folder + ": " + p
                        + " is a file, not a folder");
            }
        }
    }

    /**
     * Checks the size of an image before it is allocated.
     *
     * @param what names the image in the message
     * @param width its width in pixels
     * @param height its height in pixels
     * @throws UserInputException when it has more than {@link #MAX_PIXELS} pixels
     */
    static void pixels(String what, long width, long height) throws UserInputException {
        if (width * height > MAX_PIXELS) {
            throw new UserInputException(String.format(Locale.ROOT, "%s would be %d x %d pixels, "
                    + "more than the %d megapixels allowed; use a smaller --scale or --count",
                    what, width, height, MAX_PIXELS >> 20));
        }
    }

    /**
     * Refuses work on a photo that would not fit in the memory this run may use, before it starts.
     *
     * @param what names the photo in the message
     * @param pixels the photo's pixel count
     * @param copies how many 4-byte-per-pixel copies of it the work holds at once
     * @throws UserInputException naming the photo, the need and the limit
     */
    static void photoMemory(String what, long pixels, int copies) throws UserInputException {
        long needed = pixels * 4L * copies;
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (needed > available) {
            throw new UserInputException(String.format(Locale.ROOT, "%s: %.1f megapixels need about %d MB of "
                    + "memory to edit, more than the %d MB this run has free; give it more with "
                    + "LATENT_BRUSH_JAVA_OPTS=-Xmx%dg", what, pixels / 1e6, needed >> 20, available >> 20,
                    Math.max(2, (needed + runtime.maxMemory() + (1L << 30) - 1) >> 30)));
        }
    }
}
