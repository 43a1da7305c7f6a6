package org.latentbrush.bridge.cli;

import org.latentbrush.bridge.optim.OptimizerSettings;
import picocli.CommandLine.Option;

/** The options of commands that run the latent optimiser on strokes: its size and seed. */
final class EditOptions {

    @Option(names = "--candidates",
            description = "Candidates optimised together (default: the protocol's; iGAN's is 64).")
    Integer candidates;

    @Option(names = "--iterations",
            description = "Adam iterations (default: the protocol's; iGAN's is 40).")
    Integer iterations;

    @Option(names = "--screened",
            description = "Random starts scored before the first step, the cheapest of which are "
                    + "optimised (default: the protocol's; iGAN's is 0, the live protocol's 128).")
    Integer screened;

    @Option(names = "--learning-rate", paramLabel = "RATE",
            description = "Adam's step size on w = atanh(z) (default: the protocol's, 0.1).")
    Double learningRate;

    @Option(names = "--seed", defaultValue = "0",
            description = "Seed of the random starts (default: ${DEFAULT-VALUE}).")
    long seed;

    /**
     * Applies the options to a protocol, streaming every iteration (for the progress bar).
     *
     * @param base the protocol
     * @return the settings to run
     * @throws UserInputException for values the optimiser refuses
     */
    OptimizerSettings applyTo(OptimizerSettings base) throws UserInputException {
        try {
            OptimizerSettings s = base.withSeed(seed).withPublishEvery(1);
            if (candidates != null) {
                s = s.withCandidates(OptionRange.check("--candidates", candidates, 1,
                        OptionRange.MAX_CANDIDATES));
            }
            if (learningRate != null) {
                s = s.withLearningRate(OptionRange.check("--learning-rate", learningRate, 1e-4, 2));
            }
            if (screened != null) {
                s = s.withScreened(OptionRange.check("--screened", screened, 0,
                        OptionRange.MAX_CANDIDATES * 16));
            }
            return iterations == null ? s
                    : s.withIterations(OptionRange.check("--iterations", iterations, 1,
                            OptionRange.MAX_ITERATIONS));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
