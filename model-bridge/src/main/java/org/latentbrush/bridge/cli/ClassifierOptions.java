package org.latentbrush.bridge.cli;

import ai.djl.Device;
import java.nio.file.Path;
import org.latentbrush.bridge.quality.ClassifierStore;
import org.latentbrush.bridge.quality.EvaluationData;
import org.latentbrush.bridge.quality.FeatureNetwork;
import picocli.CommandLine.Option;

/** The options of commands that judge pictures with the feature classifier: where it is, how to train it. */
final class ClassifierOptions {

    @Option(names = "--classifier", paramLabel = "DIR",
            description = "Folder of the feature classifier; trained and saved there when missing "
                    + "(default: assets/quality/DATA-SIZE).")
    Path classifier;

    @Option(names = "--classifier-steps", paramLabel = "N",
            description = "Training steps, should the classifier need training (default: the data's).")
    Integer classifierSteps;

    /** Refuses a step count that cannot train, before any work. */
    void check() throws UserInputException {
        if (classifierSteps != null && classifierSteps < 1) {
            throw new UserInputException("--classifier-steps must be positive, was " + classifierSteps);
        }
    }

    /**
     * The classifier for the data, loaded from its folder or trained there first, with progress on
     * standard error.
     *
     * @param real the real images it tells apart
     * @param device where to run
     * @return the network; the caller closes it
     */
    FeatureNetwork open(EvaluationData real, Device device) throws Exception {
        Path folder = classifier != null ? classifier : ClassifierStore.defaultFolder(real);
        int steps = classifierSteps != null ? classifierSteps : real.defaultClassifierSteps();
        try (TrainingProgress training = new TrainingProgress("feature classifier", "loss", "accuracy", System.err)) {
            return ClassifierStore.loadOrTrain(folder, real, steps, device, training, System.err::println);
        }
    }
}
