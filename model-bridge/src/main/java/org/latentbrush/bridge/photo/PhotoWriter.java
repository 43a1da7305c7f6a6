package org.latentbrush.bridge.photo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.latentbrush.bridge.io.AtomicFiles;

/**
 * Writes a photo atomically as PNG or JPEG, chosen by the file's extension.
 *
 * <p>The photo is written upright with no EXIF orientation, so every viewer shows it the way the
 * editor did.
 */
public final class PhotoWriter {

    /** JPEG quality: high enough that the untouched parts of a photo do not visibly degrade. */
    public static final float JPEG_QUALITY = 0.95f;

    private PhotoWriter() {}

    /**
     * Writes a photo.
     *
     * @param photo the photo
     * @param file a {@code .png}, {@code .jpg} or {@code .jpeg} file, replaced atomically
     * @throws IOException if it cannot be written
     * @throws IllegalArgumentException for any other extension
     */
    public static void write(Photo photo, Path file) throws IOException {
        String format = formatOf(file);
        AtomicFiles.write(file, out -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if ("jpeg".equals(format)) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(JPEG_QUALITY);
                }
                writer.write(null, new IIOImage(photo.toBufferedImage(), null, null), param);
            } finally {
                writer.dispose();
            }
        });
    }

    /**
     * The ImageIO format for a file name.
     *
     * @param file the file
     * @return {@code png} or {@code jpeg}
     * @throws IllegalArgumentException for another extension
     */
    public static String formatOf(Path file) {
        return formatOf(String.valueOf(file.getFileName())).orElseThrow(() ->
                new IllegalArgumentException(file.getFileName() + ": the output must end in .png, "
                        + ".jpg or .jpeg"));
    }

    /**
     * The image format a file name's extension names, if it is one photos are written in.
     *
     * @param fileName a file name
     * @return {@code png} or {@code jpeg}, or empty for another extension
     */
    public static Optional<String> formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Optional.of("png");
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of("jpeg");
        }
        return Optional.empty();
    }
}
