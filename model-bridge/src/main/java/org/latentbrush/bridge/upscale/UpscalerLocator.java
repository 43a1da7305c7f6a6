package org.latentbrush.bridge.upscale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;

/**
 * Finds an upscaler folder from a built-in name ({@code assets/upscalers/NAME/}) or a folder path,
 * with the assets folder found as {@link ModelLocator} finds it.
 */
public final class UpscalerLocator {

    /** The assets subfolder holding built-in upscalers. */
    public static final String FOLDER = "upscalers";

    private UpscalerLocator() {}

    /**
     * Resolves a reference to a folder.
     *
     * @param reference a built-in name or a folder path
     * @return the folder
     * @throws ModelLoadException when nothing matches, naming what exists
     */
    public static Path resolve(String reference) throws ModelLoadException {
        Path asPath = Paths.get(reference);
        if (Files.isDirectory(asPath)) {
            return asPath;
        }
        Optional<Path> builtIn = ModelLocator.assetsFolder().map(a -> a.resolve(FOLDER).resolve(reference));
        if (builtIn.isPresent() && Files.isDirectory(builtIn.get())) {
            return builtIn.get();
        }
        List<String> names = builtInNames();
        throw new ModelLoadException(asPath, "no such upscaler: not a folder and not a built-in "
                + "upscaler (built-in: " + (names.isEmpty() ? "none" : String.join(", ", names)) + ")");
    }

    /** Lists the names of the built-in upscalers, sorted. */
    public static List<String> builtInNames() {
        List<String> names = new ArrayList<>();
        Optional<Path> folder = ModelLocator.assetsFolder().map(a -> a.resolve(FOLDER));
        if (folder.isPresent() && Files.isDirectory(folder.get())) {
            try (Stream<Path> dirs = Files.list(folder.get())) {
                dirs.filter(d -> Files.isRegularFile(d.resolve(UpscalerManifest.FILE_NAME)))
                        .map(d -> d.getFileName().toString()).sorted().forEach(names::add);
            } catch (IOException e) {
                // An unreadable assets folder simply offers no built-in upscalers.
            }
        }
        return names;
    }
}
