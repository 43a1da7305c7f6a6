package org.latentbrush.bridge.cli;

import org.latentbrush.bridge.photo.ProjectionMethod;
import org.latentbrush.bridge.photo.ProjectionSettings;
import picocli.CommandLine.Option;

/** The options of the commands that project a photo: which method, how many steps, which seed. */
final class ProjectionOptions {

    @Option(names = "--method", defaultValue = "hybrid", paramLabel = "hybrid|encoder|optimize",
            description = "Projection: the encoder's guess refined by optimisation (hybrid), the guess "
                    + "alone (encoder) or optimisation from random starts (optimize) (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--projection-iterations", paramLabel = "N",
            description = "Adam steps of the projection (default: 200).")
    Integer iterations;

    @Option(names = "--projection-seed", defaultValue = "0",
            description = "Seed of the projection's random starts (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The settings the options describe. */
    ProjectionSettings settings() throws UserInputException {
        ProjectionMethod parsed;
        try {
            parsed = ProjectionMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--method: " + e.getMessage(), e);
        }
        if (iterations != null) {
            OptionRange.check("--projection-iterations", iterations, 0, OptionRange.MAX_ITERATIONS);
        }
        try {
            ProjectionSettings s = ProjectionSettings.defaults().withMethod(parsed).withSeed(seed);
            return iterations == null ? s : s.withIterations(iterations);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
