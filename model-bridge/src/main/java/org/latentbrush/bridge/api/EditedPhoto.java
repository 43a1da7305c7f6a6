package org.latentbrush.bridge.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.latentbrush.bridge.image.RasterImage;
import org.latentbrush.bridge.photo.CropSquare;
import org.latentbrush.bridge.photo.Photo;
import org.latentbrush.bridge.photo.PhotoFrame;
import org.latentbrush.bridge.photo.PhotoWriter;

/**
 * A photo with an edit carried onto it, at the photo's own resolution; immutable.
 */
public final class EditedPhoto {

    private final Photo photo;
    private final CropSquare square;
    private final long changedPixels;
    private final long millis;
    private final List<String> shortfalls;

    EditedPhoto(Photo photo, CropSquare square, long changedPixels, long millis, List<String> shortfalls) {
        this.photo = photo;
        this.square = square;
        this.changedPixels = changedPixels;
        this.millis = millis;
        this.shortfalls = List.copyOf(shortfalls);
    }

    /**
     * One line for each colour stroke the photo did not come close to (less than half the way
     * from its colour to the stroke's), naming the stroke and how far it got; empty when every
     * stroke was reached.
     */
    public List<String> shortfalls() {
        return shortfalls;
    }

    /** The pixels, for the engine's own photo work. */
    Photo photo() {
        return photo;
    }

    public int width() {
        return photo.width();
    }

    public int height() {
        return photo.height();
    }

    /** Pixels whose bytes differ from the original photo's. */
    public long changedPixels() {
        return changedPixels;
    }

    /** Time the transfer took, in milliseconds. */
    public long millis() {
        return millis;
    }

    /** The colour at ({@code x}, {@code y}) as 0xRRGGBB. */
    public int rgbAt(int x, int y) {
        return photo.rgbAt(x, y);
    }

    /** The model's square of the photo, area-averaged to {@code side} pixels for the screen, as RGB. */
    public RasterImage view(int side) {
        return PhotoFrame.of(photo, square, side, 3).image();
    }

    /**
     * Writes the photo atomically: a failure leaves an existing file as it was.
     *
     * @param file a {@code .png}, {@code .jpg} or {@code .jpeg} file; the extension picks the format
     * @throws IOException if it cannot be written
     * @throws IllegalArgumentException for another extension
     */
    public void write(Path file) throws IOException {
        PhotoWriter.write(photo, file);
    }
}
