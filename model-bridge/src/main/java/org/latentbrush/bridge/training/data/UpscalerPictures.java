package org.latentbrush.bridge.training.data;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The sharp pictures an upscaler trains on: landscape renders and the photographs of a folder.
 *
 * @param pictures all of them, renders first
 * @param renderCount how many are renders
 * @param photoCount how many are photographs
 * @param photoFolder the photographs' folder, or null
 */
public record UpscalerPictures(List<HighResPicture> pictures, int renderCount, int photoCount,
        Path photoFolder) {

    /** Render seeds start here, far from the seeds GAN training and evaluation draw. */
    public static final long RENDER_SEED_BASE = 7_000_000_000L;

    /**
     * Renders and reads the pictures.
     *
     * @param renders landscape renders to make
     * @param renderSize their side
     * @param seed picks the scenes
     * @param photoFolder a folder of photographs, or null
     * @param maxSide photographs are shrunk to this longest side
     * @param warnings hears one line per file that cannot be used
     * @return the pictures
     */
    public static UpscalerPictures gather(int renders, int renderSize, long seed, Path photoFolder,
            int maxSide, PrintStream warnings) {
        LandscapeRenderer renderer = new LandscapeRenderer();
        List<HighResPicture> all = new ArrayList<>(IntStream.range(0, renders).parallel()
                .mapToObj(i -> HighResPicture.render(renderer,
                        RENDER_SEED_BASE + Seeds.combine(seed, i) % 1_000_000_000L, renderSize))
                .toList());
        int photos = 0;
        if (photoFolder != null) {
            for (Path file : imageFiles(photoFolder, warnings)) {
                try {
                    all.add(HighResPicture.read(file, maxSide));
                    photos++;
                } catch (IOException | RuntimeException e) {
                    warnings.println("skipped " + file.getFileName() + ": " + e.getMessage());
                }
            }
        }
        return new UpscalerPictures(List.copyOf(all), renders, photos, photoFolder);
    }

    /** What the pictures are, for the training record and the resume check. */
    public String describe() {
        return String.format(Locale.ROOT, "%d landscape renders%s", renderCount,
                photoCount == 0 ? "" : " and " + photoCount + " photographs from " + photoFolder.getFileName());
    }

    private static List<Path> imageFiles(Path folder, PrintStream warnings) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> FolderImageSource.EXTENSIONS.contains(extension(f)))
                    .sorted().toList();
        } catch (IOException e) {
            warnings.println("cannot list " + folder + ": " + e.getMessage());
            return List.of();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
