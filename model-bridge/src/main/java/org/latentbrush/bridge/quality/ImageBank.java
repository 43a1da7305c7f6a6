package org.latentbrush.bridge.quality;

import java.util.stream.IntStream;
import org.latentbrush.bridge.training.data.ChwImages;
import org.latentbrush.bridge.training.data.ImageSource;

/**
 * Labelled images held in memory as bytes, so the classifier can take many passes over a set that
 * is slow to make (rendered landscapes) or to decode.
 *
 * <p>Every source here holds 8-bit images, so a byte per value loses nothing and takes a quarter
 * of the memory of floats: 8,000 landscapes of 64×64 RGB take 98 MB.
 */
final class ImageBank {

    private final int channels;
    private final int size;
    private final int perImage;
    private final byte[] pixels;
    private final int[][] labels;

    /**
     * Reads images of a source into memory, in parallel.
     *
     * @param source the labelled images
     * @param indices which ones, in the order the bank keeps them
     */
    ImageBank(LabelledSource source, long[] indices) {
        ImageSource images = source.images();
        if (images.width() != images.height()) {
            throw new IllegalArgumentException("the classifier needs square images");
        }
        channels = images.channels();
        size = images.width();
        perImage = images.floatsPerImage();
        pixels = new byte[Math.multiplyExact(indices.length, perImage)];
        labels = new int[indices.length][];
        // Rendering dominates; each image is independent, so spread it over the cores.
        IntStream.range(0, indices.length).parallel().forEach(i -> {
            float[] buffer = new float[perImage];
            images.fill(indices[i], buffer, 0);
            for (int k = 0; k < perImage; k++) {
                pixels[i * perImage + k] = (byte) ChwImages.toByte(buffer[k]);
            }
            labels[i] = source.labels(indices[i]);
        });
    }

    /** Number of images held. */
    int count() {
        return labels.length;
    }

    int channels() {
        return channels;
    }

    int size() {
        return size;
    }

    /** The label of image {@code row} under head {@code head}. */
    int label(int row, int head) {
        return labels[row][head];
    }

    /**
     * Writes images as CHW floats in [-1, 1], one after another.
     *
     * @param rows which images
     * @param mirrored per image, whether to flip it left to right (an augmentation that keeps
     *     every label of a landscape); {@code null} for none
     * @return (rows, channels, size, size) values
     */
    float[] floats(int[] rows, boolean[] mirrored) {
        float[] out = new float[rows.length * perImage];
        for (int i = 0; i < rows.length; i++) {
            int from = rows[i] * perImage;
            boolean flip = mirrored != null && mirrored[i];
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < size; y++) {
                    int line = c * size * size + y * size;
                    for (int x = 0; x < size; x++) {
                        int sourceX = flip ? size - 1 - x : x;
                        out[i * perImage + line + x] =
                                ChwImages.toUnit(pixels[from + line + sourceX] & 0xFF);
                    }
                }
            }
        }
        return out;
    }
}
