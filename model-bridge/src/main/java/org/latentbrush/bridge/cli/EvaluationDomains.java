package org.latentbrush.bridge.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.latentbrush.bridge.generator.ModelManifest;
import org.latentbrush.bridge.quality.EvaluationData;
import org.latentbrush.bridge.quality.LandscapeData;
import org.latentbrush.bridge.quality.ShoeData;
import org.latentbrush.bridge.training.data.FashionMnistShoes;

/** Opens the real images {@code evaluate --data} names, or the ones a model's manifest implies. */
final class EvaluationDomains {

    static final String LANDSCAPES = "landscapes";
    static final String SHOES = "shoes";

    private EvaluationDomains() {}

    /**
     * Opens evaluation data.
     *
     * @param name {@code landscapes}, {@code shoes} or {@code null} to read it off the manifest
     * @param manifest the model's manifest
     * @param seed the evaluation's seed
     * @return the data at the model's size
     * @throws UserInputException for an unknown name, a manifest that does not say, or missing files
     */
    static EvaluationData open(String name, ModelManifest manifest, long seed) throws UserInputException {
        String domain = name != null ? name : infer(manifest);
        if (domain.equals(LANDSCAPES)) {
            if (manifest.imageSize() < 16) {
                throw new UserInputException("landscapes are rendered at 16x16 or larger; model "
                        + manifest.name() + " makes " + manifest.imageSize() + "x" + manifest.imageSize());
            }
            return new LandscapeData(manifest.imageSize(), seed);
        }
        if (domain.equals(SHOES)) {
            try {
                return new ShoeData(FashionMnistShoes.DEBIAN_DIR, seed);
            } catch (IOException e) {
                throw new UserInputException("--data shoes: cannot read Fashion-MNIST from "
                        + FashionMnistShoes.DEBIAN_DIR + " (" + e.getMessage() + "); install "
                        + "Debian's dataset-fashion-mnist package", e);
            }
        }
        throw new UserInputException("--data must be landscapes or shoes, was '" + domain + "'");
    }

    /** Reads the domain off the manifest's data set description, as the trainer wrote it. */
    private static String infer(ModelManifest manifest) throws UserInputException {
        return domainOf(manifest).orElseThrow(() -> new UserInputException("cannot tell from its "
                + "manifest what model " + manifest.name() + " was trained on; name it with --data "
                + "landscapes or --data shoes"));
    }

    /**
     * The domain a model's manifest says it was trained on, when it is one with real images and a
     * classifier here.
     *
     * @param manifest the model's manifest
     * @return {@code landscapes}, {@code shoes}, or empty (a model of the user's own pictures)
     */
    static Optional<String> domainOf(ModelManifest manifest) {
        String dataset = manifest.dataset().toLowerCase(Locale.ROOT);
        if (dataset.contains("fashion-mnist")) {
            return Optional.of(SHOES);
        }
        if (dataset.contains("landscape")) {
            return Optional.of(LANDSCAPES);
        }
        return Optional.empty();
    }
}
