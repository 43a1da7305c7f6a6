package org.latentbrush.bridge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.latentbrush.bridge.training.data.FashionMnistShoes;
import org.latentbrush.bridge.training.data.FolderImageSource;
import org.latentbrush.bridge.training.data.ImageSource;
import org.latentbrush.bridge.training.data.LandscapeSource;
import org.latentbrush.bridge.training.data.SceneShares;
import org.latentbrush.bridge.training.data.SkippedFile;
import org.latentbrush.bridge.training.data.Split;

/**
 * Opens the training images a {@code --data} option names: {@code landscapes}, {@code shoes} or
 * {@code folder:PATH}.
 */
final class TrainingData {

    /** What {@code --data} accepts, for messages and help. */
    static final String FORMS = "landscapes, shoes or folder:PATH";

    private static final String FOLDER_PREFIX = "folder:";
    private static final int RGB = 3;
    private static final int MAX_SKIPPED_SHOWN = 10;

    private TrainingData() {}

    /**
     * Opens a source.
     *
     * @param spec the option's value
     * @param size the model's image side
     * @param channels the model's channels
     * @param seed the run's seed, which selects the landscapes
     * @return the source, matching size and channels
     * @throws UserInputException naming what does not fit
     */
    static ImageSource open(String spec, int size, int channels, long seed)
            throws UserInputException {
        return open(spec, size, channels, seed, null);
    }

    /**
     * Opens a source, the landscapes drawn with other shares of scenes.
     *
     * @param sceneShares the {@code --scene-shares} option's value, or {@code null} for the
     *     renderer's own mix; only for {@code landscapes}
     * @see #open(String, int, int, long)
     */
    static ImageSource open(String spec, int size, int channels, long seed, String sceneShares)
            throws UserInputException {
        if (sceneShares != null && !spec.equals("landscapes")) {
            throw new UserInputException("--scene-shares applies to --data landscapes only, not to " + spec);
        }
        if (spec.equals("landscapes")) {
            if (channels != RGB) {
                throw new UserInputException("--data landscapes gives RGB images; use --channels 3");
            }
            SceneShares shares;
            try {
                shares = sceneShares == null ? SceneShares.NATURAL : SceneShares.NATURAL.withChanges(sceneShares);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--scene-shares: " + e.getMessage(), e);
            }
            try {
                return new LandscapeSource(size, seed, shares);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--data landscapes: " + e.getMessage(), e);
            }
        }
        if (spec.equals("shoes")) {
            if (size != FashionMnistShoes.SIZE || channels != 1) {
                throw new UserInputException("--data shoes gives " + FashionMnistShoes.SIZE + "x"
                        + FashionMnistShoes.SIZE + " grey images; use --size "
                        + FashionMnistShoes.SIZE + " --channels 1");
            }
            try {
                return FashionMnistShoes.load(Split.TRAIN);
            } catch (IOException e) {
                throw new UserInputException("--data shoes: cannot read Fashion-MNIST from "
                        + FashionMnistShoes.DEBIAN_DIR + " (" + e.getMessage() + "); install "
                        + "Debian's dataset-fashion-mnist package or use folder:PATH", e);
            }
        }
        if (spec.startsWith(FOLDER_PREFIX) && spec.length() > FOLDER_PREFIX.length()) {
            try {
                FolderImageSource folder = new FolderImageSource(
                        Path.of(spec.substring(FOLDER_PREFIX.length())), size, channels);
                reportSkipped(folder.skippedFiles(), System.err);
                return folder;
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--data " + spec + ": " + e.getMessage(), e);
            }
        }
        throw new UserInputException("--data must be " + FORMS + ", was '" + spec + "'");
    }

    /**
     * Names the files a folder source could not use, so that the user can fix or remove them; a
     * long list is cut short.
     */
    static void reportSkipped(List<SkippedFile> skipped, PrintStream out) {
        int shown = Math.min(skipped.size(), MAX_SKIPPED_SHOWN);
        for (int i = 0; i < shown; i++) {
            out.println("skipped " + skipped.get(i));
        }
        if (skipped.size() > shown) {
            out.println("... and " + (skipped.size() - shown) + " more skipped file(s)");
        }
    }
}
