package org.latentbrush.bridge.photo;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.latentbrush.bridge.image.ImageHeader;
import org.latentbrush.bridge.io.FreeMemory;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Reads a PNG or JPEG photo of any size into an upright 8-bit RGB {@link Photo}, or refuses it with
 * a message that names the file.
 *
 * <p>The size comes from the file's header before anything is decoded, so a "decompression bomb" (a
 * small file whose header claims billions of pixels) is refused without allocating. JPEGs are
 * turned upright by their EXIF orientation. Grey, palette, 16-bit and transparent PNGs become 8-bit
 * RGB (see {@link RgbConverter}). CMYK JPEGs are refused: without their print profile their colours
 * cannot be converted faithfully, and a wrong colour would be blamed on the model. A truncated JPEG,
 * which ImageIO would quietly fill with grey, is refused too.
 *
 * <pre>{@code
 * Photo photo = new PhotoReader().read(Path.of("beach.jpg"));
 * }</pre>
 */
public final class PhotoReader {

    /** 100 megapixels: larger than any camera photo, and 400 MB as packed RGB. */
    public static final long DEFAULT_MAX_PIXELS = ImageHeader.MAX_PIXELS;

    /** The ImageIO format names this reader accepts. */
    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    private final long maxPixels;
    private final FreeMemory memory;

    /** A reader with the default limit of {@value #DEFAULT_MAX_PIXELS} pixels. */
    public PhotoReader() {
        this(DEFAULT_MAX_PIXELS);
    }

    /**
     * A reader with its own size limit.
     *
     * @param maxPixels the most pixels (width·height) a photo may have
     */
    public PhotoReader(long maxPixels) {
        this(maxPixels, FreeMemory.heap());
    }

    /**
     * A reader with its own size limit that asks {@code memory} whether a photo's decoding fits.
     *
     * @param maxPixels the most pixels (width·height) a photo may have
     * @param memory the memory left for decoding, normally {@link FreeMemory#heap()}
     */
    public PhotoReader(long maxPixels, FreeMemory memory) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel limit must be positive, was " + maxPixels);
        }
        this.maxPixels = maxPixels;
        this.memory = memory;
    }

    /**
     * Reads a photo.
     *
     * @param file a PNG or JPEG file; the content decides, not the name
     * @return the photo, upright, 8-bit RGB
     * @throws PhotoException naming the file and why it cannot be used
     */
    public Photo read(Path file) throws PhotoException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new PhotoException(name + ": " + (Files.exists(file) ? "not a file" : "file not found"));
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            if (in.length() == 0) {
                throw new PhotoException(name + ": " + IoMessages.EMPTY_FILE);
            }
            return read(in, name, () -> Files.newInputStream(file));
        } catch (IOException e) {
            throw new PhotoException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a photo from a file's content held in memory, such as a photo kept in a saved session.
     *
     * @param content the bytes of a PNG or JPEG file
     * @param name the file's name, for messages
     * @return the photo, upright, 8-bit RGB
     * @throws PhotoException naming the file and why it cannot be used
     */
    public Photo read(byte[] content, String name) throws PhotoException {
        if (content.length == 0) {
            throw new PhotoException(name + ": " + IoMessages.EMPTY_FILE);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            return read(in, name, () -> new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new PhotoException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private Photo read(ImageInputStream in, String name, Source exif) throws PhotoException, IOException {
        ImageReader reader = null;
        try {
            reader = readerFor(in, name);
            reader.setInput(in, true, true);
            checkSize(reader, name);
            ImageReadParam param = decodingParam(reader, name);
            TruncationWatch watch = new TruncationWatch();
            reader.addIIOReadWarningListener(watch);
            BufferedImage image = decode(reader, param, name);
            if (watch.truncated) {
                throw new PhotoException(name + ": the file is truncated (it ends before the image does)");
            }
            if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                throw cmyk(name);
            }
            boolean jpeg = "jpeg".equals(formatOf(reader));
            Photo stored = RgbConverter.toPhoto(image);
            return jpeg ? PhotoRotation.upright(stored, orientation(exif)) : stored;
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    public long maxPixels() {
        return maxPixels;
    }

    private static ImageReader readerFor(ImageInputStream in, String name) throws PhotoException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        String other = null;
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (FORMATS.contains(formatOf(candidate))) {
                return candidate;
            }
            other = formatOf(candidate).toUpperCase(Locale.ROOT);
        }
        throw new PhotoException(name + (other == null
                ? ": not a PNG or JPEG image (or the file is damaged)"
                : ": " + other + " images are not supported; save it as PNG or JPEG"));
    }

    private static String formatOf(ImageReader reader) {
        try {
            return reader.getFormatName().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Refuses a photo whose header claims more pixels than the limit, or than the memory left can
     * decode, before decoding it: a photo within the limit can still be too large for a small heap,
     * and running out half way would end in an error far from its cause.
     */
    private void checkSize(ImageReader reader, String name) throws PhotoException {
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
        Optional<String> problem = ImageHeader.sizeProblem(width, height, maxPixels,
                ImageHeader.DECODING_BYTES_PER_PIXEL, memory);
        if (problem.isPresent()) {
            throw new PhotoException(name + ": " + problem.get());
        }
    }

    /** Refuses CMYK, and decodes straight into packed RGB when the reader can, saving a copy. */
    private static ImageReadParam decodingParam(ImageReader reader, String name) throws PhotoException {
        ImageReadParam param = reader.getDefaultReadParam();
        Iterator<ImageTypeSpecifier> types;
        try {
            types = reader.getImageTypes(0);
        } catch (IIOException e) {
            throw unsupportedType(e) ? cmyk(name) : damaged(name, e);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        }
        boolean first = true;
        while (types.hasNext()) {
            ImageTypeSpecifier type = types.next();
            if (first && type.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_CMYK) {
                throw cmyk(name);
            }
            first = false;
            if (type.getBufferedImageType() == BufferedImage.TYPE_INT_RGB) {
                param.setDestinationType(type);
            }
        }
        return param;
    }

    private static BufferedImage decode(ImageReader reader, ImageReadParam param, String name)
            throws PhotoException {
        try {
            return reader.read(0, param);
        } catch (IIOException e) {
            throw unsupportedType(e) ? cmyk(name) : damaged(name, e);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, e);
        } catch (OutOfMemoryError e) {
            // One large array failed to allocate; nothing else is half-built, so this is recoverable.
            throw new PhotoException(name + ": not enough memory to open a photo this large; "
                    + "start with a larger -Xmx or use a smaller photo", e);
        }
    }

    private static int orientation(Source exif) throws IOException {
        try (InputStream in = new BufferedInputStream(exif.open())) {
            return ExifOrientation.read(in);
        }
    }

    /** Opens the file's bytes again from the start, for the EXIF parser. */
    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    /** Older JDKs and some YCCK files fail this way instead of decoding to CMYK. */
    private static boolean unsupportedType(IIOException e) {
        return e.getMessage() != null && e.getMessage().contains("Unsupported Image Type");
    }

    private static PhotoException cmyk(String name) {
        return new PhotoException(name + ": CMYK JPEGs (print colours) are not supported; "
                + "convert it to RGB (sRGB) first");
    }

    private static PhotoException damaged(String name, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PhotoException(name + ": the file is damaged or truncated (" + detail + ")", e);
    }

    /** Notes ImageIO's warning for a JPEG that ends early, which it otherwise fills with grey. */
    private static final class TruncationWatch implements IIOReadWarningListener {
        boolean truncated;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String w = warning.toLowerCase(Locale.ROOT);
            if (w.contains("truncated") || w.contains("premature end")) {
                truncated = true;
            }
        }
    }
}
