package org.latentbrush.bridge.quality;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;
import org.latentbrush.bridge.training.TrainingListener;

/**
 * Finds the feature classifier of a domain, training and saving it the first time it is needed.
 *
 * <p>Every model of a domain must be measured with the same feature network, or their distances do
 * not compare; so the network is trained once, with a fixed seed, and kept: by default in
 * {@code assets/quality/DOMAIN-SIZE/}, which ships with the project.
 */
public final class ClassifierStore {

    private ClassifierStore() {}

    /**
     * The default folder of a domain's classifier.
     *
     * @param data the domain
     * @return {@code assets/quality/NAME-SIZE}, or the same under {@code ~/.latent-brush} when no
     *     assets folder is found
     */
    public static Path defaultFolder(EvaluationData data) {
        Path root = ModelLocator.assetsFolder()
                .orElse(Path.of(System.getProperty("user.home"), ".latent-brush"));
        return root.resolve("quality").resolve(data.name() + "-" + data.imageSize());
    }

    /** The shape of a domain's classifier. */
    public static ClassifierSpec spec(EvaluationData data) {
        return ClassifierSpec.standard(data.name(), data.imageSize(), data.channels(), data.heads());
    }

    /**
     * Loads the classifier from a folder, or trains it and saves it there.
     *
     * @param folder where it is kept
     * @param data the domain
     * @param steps training steps, should it need training
     * @param device where it runs
     * @param listener hears training progress, should it need training
     * @param notes receives one line about what was done (loaded, trained, not saved)
     * @return the network; the caller closes it
     * @throws ModelLoadException if a saved classifier cannot be loaded
     */
    public static FeatureNetwork loadOrTrain(Path folder, EvaluationData data, int steps,
            Device device, TrainingListener listener, Consumer<String> notes)
            throws ModelLoadException {
        ClassifierSpec spec = spec(data);
        if (ClassifierFiles.exists(folder)) {
            return ClassifierFiles.load(folder, spec, device);
        }
        ClassifierSettings settings = ClassifierSettings.standard(steps);
        FeatureNetwork net = ClassifierTrainer.train(spec,
                data.classifierData(Math.multiplyExact(steps, settings.batchSize())), settings,
                device, listener);
        try {
            ClassifierFiles.save(net, folder);
            notes.accept("trained the " + data.name() + " feature classifier and saved it in " + folder);
        } catch (IOException e) {
            // Not fatal: this run measures with it, the next trains it again.
            notes.accept("trained the " + data.name() + " feature classifier but could not save it in "
                    + folder + ": " + e.getMessage());
        }
        return net;
    }
}
