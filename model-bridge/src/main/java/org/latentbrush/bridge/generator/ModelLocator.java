package org.latentbrush.bridge.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.latentbrush.bridge.io.FlatFolders;

/**
 * Finds a model folder from what a user typed: a built-in model's name, a folder or a zip file.
 *
 * <p>Built-in models live in {@code assets/models/NAME/}. The assets folder is found from the
 * {@code latentbrush.assets} system property, else by walking up from the working directory and from
 * the program's own jar, so the same lookup works from the source tree and from an installed copy.
 */
public final class ModelLocator {

    /** System property naming the assets folder explicitly. */
    public static final String ASSETS_PROPERTY = "latentbrush.assets";

    /** The model used when none is named. */
    public static final String DEFAULT_MODEL = "landscape-64";

    private static final int MAX_ZIP_ENTRIES = 64;
    /** Largest file a model zip may unpack to: weight files are a few to 20 MB. */
    private static final long MAX_ZIP_ENTRY_BYTES = 256L << 20;
    /** Largest total a model zip may unpack to. */
    private static final long MAX_ZIP_BYTES = 512L << 20;

    private ModelLocator() {}

    /**
     * Resolves a model reference to a folder holding {@code manifest.json}.
     *
     * @param reference a built-in name, a folder path or a {@code .zip} path
     * @return the folder
     * @throws ModelLoadException when nothing matches, naming what was tried
     */
    public static Path resolve(String reference) throws ModelLoadException {
        Path asPath = Paths.get(reference);
        if (Files.isDirectory(asPath)) {
            return asPath;
        }
        if (isZip(reference)) {
            return unzip(asPath);
        }
        Optional<Path> builtIn = assetsFolder().map(a -> a.resolve("models").resolve(reference));
        if (builtIn.isPresent() && Files.isDirectory(builtIn.get())) {
            return builtIn.get();
        }
        throw new ModelLoadException(asPath, "no such model: not a folder, not a .zip file, and "
                + "not a built-in model (built-in: " + String.join(", ", builtInNames()) + ")");
    }

    /** Whether a reference names a model zip, which {@link #resolve} unpacks to a temporary folder. */
    private static boolean isZip(String reference) {
        Path asPath = Paths.get(reference);
        return !Files.isDirectory(asPath) && Files.isRegularFile(asPath)
                && reference.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * Rewords a failure to load what a reference resolved to: for a zip, the message names the zip
     * and the file in it rather than the temporary folder it was unpacked to, which is removed.
     *
     * @param reference what the user named
     * @param folder what {@link #resolve} made of it
     * @param e the failure
     * @return the failure to report: {@code e} itself unless the reference is a zip
     */
    public static ModelLoadException failureIn(String reference, Path folder, ModelLoadException e) {
        if (!isZip(reference)) {
            return e;
        }
        deleteQuietly(folder);
        return new ModelLoadException(Paths.get(reference), inZip(folder, e.getMessage()), e);
    }

    /**
     * Rewords a message about a file of what a reference resolved to, as {@link #failureIn} does,
     * for problems that do not stop the model from loading (a zip's folder stays in use).
     *
     * @param reference what the user named
     * @param folder what {@link #resolve} made of it
     * @param message the message, naming files by their path in {@code folder}
     * @return the message, naming the zip and its entry instead of the temporary folder for a zip
     */
    public static String describeIn(String reference, Path folder, String message) {
        return isZip(reference) ? reference + ": " + inZip(folder, message) : message;
    }

    /** A file named by its path inside the temporary folder is named as the zip's entry instead. */
    private static String inZip(Path folder, String message) {
        String reworded = message;
        for (Path prefix : List.of(folder.toAbsolutePath(), folder)) {
            reworded = reworded.replace(prefix + folder.getFileSystem().getSeparator(), "")
                    .replace(prefix.toString(), "the zip");
        }
        return reworded;
    }

    /** Lists the names of the built-in models, sorted. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        Optional<Path> models = assetsFolder().map(a -> a.resolve("models"));
        if (models.isPresent() && Files.isDirectory(models.get())) {
            try (Stream<Path> dirs = Files.list(models.get())) {
                dirs.filter(d -> Files.isRegularFile(d.resolve(ModelManifest.FILE_NAME)))
                        .map(d -> d.getFileName().toString()).sorted().forEach(names::add);
            } catch (IOException e) {
                // An unreadable assets folder simply offers no built-in models.
            }
        }
        return names;
    }

    /** Finds the assets folder, if any. */
    public static Optional<Path> assetsFolder() {
        String property = System.getProperty(ASSETS_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Optional.of(Paths.get(property));
        }
        List<Path> starts = new ArrayList<>();
        starts.add(Paths.get("").toAbsolutePath());
        codeLocation().ifPresent(starts::add);
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("assets");
                if (Files.isDirectory(candidate.resolve("models"))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Paths.get(ModelLocator.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Path unzip(Path zip) throws ModelLoadException {
        Path target;
        try {
            target = Files.createTempDirectory("latent-brush-model-");
        } catch (IOException e) {
            throw new ModelLoadException(zip, "cannot be unpacked: no temporary folder: "
                    + e.getMessage(), e);
        }
        try {
            unzipInto(zip, target);
            return target;
        } catch (ModelLoadException | IOException | RuntimeException e) {
            // Nothing of a refused or broken zip stays behind.
            deleteQuietly(target);
            if (e instanceof ModelLoadException refused) {
                throw refused;
            }
            throw new ModelLoadException(zip, "is not a readable zip file"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /**
     * Unpacks a flat model zip, with limits checked while reading: entries, bytes per entry and
     * in all (a zip bomb stops at the limit, not when the disk is full), and no name twice.
     */
    private static void unzipInto(Path zip, Path target) throws IOException, ModelLoadException {
        int entries = 0;
        long total = 0;
        Set<String> names = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new ModelLoadException(zip, "holds more than " + MAX_ZIP_ENTRIES
                            + " entries; a model zip holds a manifest and a few weight files");
                }
                if (e.isDirectory()) {
                    continue;
                }
                // Models are flat: take each file's own name, which also defeats "../" paths.
                String name = Paths.get(e.getName()).getFileName().toString();
                if (!names.add(name)) {
                    throw new ModelLoadException(zip, "holds two files named " + name
                            + " (in different folders); a model zip holds one model");
                }
                Path out = target.resolve(name);
                long written = 0;
                try (OutputStream file = Files.newOutputStream(out)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        written += n;
                        total += n;
                        if (written > MAX_ZIP_ENTRY_BYTES || total > MAX_ZIP_BYTES) {
                            throw new ModelLoadException(zip, "unpacks to more than "
                                    + ((written > MAX_ZIP_ENTRY_BYTES ? MAX_ZIP_ENTRY_BYTES
                                            : MAX_ZIP_BYTES) >> 20) + " MB"
                                    + (written > MAX_ZIP_ENTRY_BYTES ? " in " + name : "")
                                    + "; that is not a model of this program");
                        }
                        file.write(buffer, 0, n);
                    }
                }
                out.toFile().deleteOnExit();
            }
        }
        if (entries == 0) {
            throw new ModelLoadException(zip, "is not a zip file (or an empty one)");
        }
        target.toFile().deleteOnExit();
    }

    private static void deleteQuietly(Path folder) {
        try {
            FlatFolders.delete(folder);
        } catch (IOException e) {
            // Left to the operating system's temporary-folder cleaning.
        }
    }

}
