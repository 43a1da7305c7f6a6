package org.latentbrush.bridge.generator;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
        if (Files.isRegularFile(asPath) && reference.toLowerCase().endsWith(".zip")) {
            return unzip(asPath);
        }
        Optional<Path> builtIn = assetsFolder().map(a -> a.resolve("models").resolve(reference));
        if (builtIn.isPresent() && Files.isDirectory(builtIn.get())) {
            return builtIn.get();
        }
        throw new ModelLoadException(asPath, "no such model: not a folder, not a .zip file, and "
                + "not a built-in model (built-in: " + String.join(", ", builtInNames()) + ")");
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
        try {
            Path target = Files.createTempDirectory("latent-brush-model-");
            target.toFile().deleteOnExit();
            int entries = 0;
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
                    Path out = target.resolve(Paths.get(e.getName()).getFileName().toString());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    out.toFile().deleteOnExit();
                }
            }
            return target;
        } catch (IOException e) {
            throw new ModelLoadException(zip, "not a readable zip file: " + e.getMessage(), e);
        }
    }

}
