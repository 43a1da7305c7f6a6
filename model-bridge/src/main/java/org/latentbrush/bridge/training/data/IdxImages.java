package org.latentbrush.bridge.training.data;

/**
 * The contents of an IDX image file: {@code count} unsigned-byte images of {@code rows × cols},
 * stored one after another, row by row.
 *
 * @param count number of images
 * @param rows image height
 * @param cols image width
 * @param pixels {@code count × rows × cols} bytes; read them with {@code & 0xFF}
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    /** The value 0..255 of pixel ({@code row}, {@code col}) of image {@code image}. */
    public int pixel(int image, int row, int col) {
        return pixels[(image * rows + row) * cols + col] & 0xFF;
    }
}
