package org.latentbrush.bridge.training.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.latentbrush.bridge.image.ImageHeader;
import org.latentbrush.bridge.io.FreeMemory;
import org.latentbrush.bridge.io.IoMessages;

/**
 * A folder of the user's own pictures (PNG, JPEG, GIF, BMP, searched recursively) as an
 * {@link ImageSource}: each is centre-cropped to a square and area-averaged down to the target
 * size, in RGB or grey.
 *
 * <p>All files are decoded once, when the source is created, and only the small resized pixels are
 * kept (12 KB per 64×64 RGB image), so even thousands of photos fit in memory. Files that cannot
 * be decoded are skipped and listed in {@link #skippedFiles()}; they never stop the load. Images
 * are ordered by path, so indices are stable for a given folder.
 */
public final class FolderImageSource implements ImageSource {

    /** File name extensions (lower case) that are tried as images; other files are ignored. */
    public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");
    private static final int RGB = 3;

    private final Path folder;
    private final int size;
    private final int channels;
    private final List<Path> files;
    private final List<SkippedFile> skipped;
    /** Per image, {@code channels × size × size} bytes in CHW order. */
    private final byte[][] images;

    /**
     * Loads every image under {@code folder}.
     *
     * @param size side of the square output images
     * @param channels 1 for grey (Rec. 601 luma), 3 for RGB
     * @throws IllegalArgumentException if the folder does not exist or holds no readable image
     */
    public FolderImageSource(Path folder, int size, int channels) {
        if (channels != 1 && channels != RGB) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + size);
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Image folder does not exist or is not a folder: "
                    + folder.toAbsolutePath());
        }
        this.folder = folder;
        this.size = size;
        this.channels = channels;
        List<SkippedFile> problems = Collections.synchronizedList(new ArrayList<>());
        List<Path> candidates = candidates(folder, problems);
        // Decoding dominates; spread it over cores, keeping results in path order.
        Object[] results = new Object[candidates.size()];
        IntStream.range(0, candidates.size()).parallel()
                .forEach(i -> results[i] = decode(candidates.get(i)));
        List<Path> kept = new ArrayList<>();
        List<byte[]> data = new ArrayList<>();
        List<SkippedFile> skips = new ArrayList<>(problems);
        for (int i = 0; i < results.length; i++) {
            if (results[i] instanceof byte[] pixels) {
                kept.add(candidates.get(i));
                data.add(pixels);
            } else {
                skips.add((SkippedFile) results[i]);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("No readable image (" + String.join(", ", EXTENSIONS)
                    + ") in folder " + folder.toAbsolutePath() + "; " + skips.size()
                    + " file(s) skipped" + (skips.isEmpty() ? "" : ", e.g. " + skips.get(0)));
        }
        this.files = List.copyOf(kept);
        this.skipped = List.copyOf(skips);
        this.images = data.toArray(new byte[0][]);
    }

    /** The folder this source reads. */
    public Path folder() {
        return folder;
    }

    /** The images in index order. */
    public List<Path> files() {
        return files;
    }

    /** Number of files that looked like images but could not be used. */
    public int skippedCount() {
        return skipped.size();
    }

    /** The files that could not be used, in path order, each with its reason. */
    public List<SkippedFile> skippedFiles() {
        return skipped;
    }

    @Override
    public int width() {
        return size;
    }

    @Override
    public int height() {
        return size;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public long size() {
        return images.length;
    }

    @Override
    public void fill(long index, float[] out, int offset) {
        if (index < 0 || index >= images.length) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.."
                    + (images.length - 1));
        }
        byte[] pixels = images[(int) index];
        for (int i = 0; i < pixels.length; i++) {
            out[offset + i] = ChwImages.toUnit(pixels[i] & 0xFF);
        }
    }

    @Override
    public String describe() {
        return "Image folder " + folder.toAbsolutePath() + ": " + images.length + " images ("
                + skipped.size() + " skipped), " + size + "x" + size
                + (channels == 1 ? " grey" : " RGB") + "; the user's own images, licence theirs";
    }

    private static List<Path> candidates(Path folder, List<SkippedFile> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && hasImageExtension(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new SkippedFile(file, "cannot be listed: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new SkippedFile(folder, "cannot be listed: " + e.getMessage()));
        }
        Collections.sort(found);
        return found;
    }

    private static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Returns the CHW bytes of one file, or a {@link SkippedFile} saying why it is unusable. */
    private Object decode(Path file) {
        BufferedImage image;
        try {
            if (Files.size(file) == 0) {
                return new SkippedFile(file, IoMessages.EMPTY_FILE);
            }
            // Judged by its header first: a decompression bomb in the folder must not fill the memory.
            Optional<String> problem = ImageHeader.check(file, ImageHeader.MAX_PIXELS,
                    ImageHeader.DECODING_BYTES_PER_PIXEL, FreeMemory.heap());
            if (problem.isPresent()) {
                return new SkippedFile(file, problem.get());
            }
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            return new SkippedFile(file, "unreadable: " + explain(e));
        } catch (RuntimeException e) {
            // Some decoders throw unchecked exceptions on malformed data; never let one stop us.
            return new SkippedFile(file, "decoder failed: " + explain(e));
        }
        if (image == null) {
            return new SkippedFile(file, "not an image any installed decoder recognises");
        }
        if (image.getWidth() == 0 || image.getHeight() == 0) {
            return new SkippedFile(file, "empty image");
        }
        int[] rgb;
        try {
            rgb = SquareThumbnails.of(image, size);
        } catch (RuntimeException e) {
            return new SkippedFile(file, "unsupported pixel layout: " + explain(e));
        }
        return chwBytes(rgb);
    }

    private byte[] chwBytes(int[] rgb) {
        int plane = size * size;
        byte[] out = new byte[channels * plane];
        for (int i = 0; i < plane; i++) {
            int p = rgb[i];
            if (channels == 1) {
                out[i] = (byte) Math.round(ChwImages.luma(p));
            } else {
                out[i] = (byte) (p >> 16);
                out[plane + i] = (byte) (p >> 8);
                out[2 * plane + i] = (byte) p;
            }
        }
        return out;
    }

    private static String explain(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e ? message : message + " (" + root + ")";
    }
}
