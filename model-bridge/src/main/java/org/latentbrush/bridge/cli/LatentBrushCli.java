package org.latentbrush.bridge.cli;

import org.latentbrush.bridge.api.EngineThreads;
import org.latentbrush.bridge.api.Offline;
import org.latentbrush.bridge.api.SelfTest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code latent-brush} command line: batch edits, photo edits, samples, interpolations, benchmarks, training.
 *
 * <p>Every command has {@code --help}. Bad input ends with a one-line reason on standard error and
 * a non-zero exit code: 2 for usage errors, 1 for input that cannot be used.
 */
@Command(name = "latent-brush", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Paint through a generative adversarial network.",
        subcommands = {
            ProjectCommand.class,
            InvertCommand.class,
            EditPhotoCommand.class,
            SampleCommand.class,
            DragCommand.class,
            InterpolateCommand.class,
            BenchCommand.class,
            BenchContinuityCommand.class,
            BenchProtocolCommand.class,
            InitModelCommand.class,
            TrainCommand.class,
            TrainEncoderCommand.class,
            TrainUpscalerCommand.class,
            UpscaleCommand.class,
            BenchUpscaleCommand.class,
            EvaluateUpscalerCommand.class,
            EvaluateCommand.class,
            DirectionsCommand.class,
            EvaluatePhotosCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LatentBrushCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--self-test",
            description = "Load the default model, run one short edit, write its result to a "
                    + "temporary file, and exit 0 when all of it worked.")
    private boolean selfTest;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests and other entry points.
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        Offline.enable();
        EngineThreads.configure(/* reservedCores= */ 0);
        try {
            return new CommandLine(new LatentBrushCli())
                    .setExecutionExceptionHandler(new OneLineErrors())
                    .setParameterExceptionHandler(new OneLineUsageErrors())
                    .execute(args);
        } catch (OutOfMemoryError e) {
            // Sizes are checked before allocating where the program can tell; anything else that
            // runs out still ends in one line, with what to do about it.
            System.err.println();
            System.err.println("latent-brush: out of memory (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB allowed); give it more with LATENT_BRUSH_JAVA_OPTS=-Xmx4g, or use a smaller input");
            return OneLineErrors.INPUT_ERROR;
        }
    }

    @Override
    public void run() {
        if (selfTest) {
            int code = SelfTest.run(System.out);
            spec.commandLine().setExecutionResult(code);
            if (code != 0) {
                throw new CommandLine.ExecutionException(spec.commandLine(), "the self-test failed");
            }
            return;
        }
        spec.commandLine().usage(System.out);
    }
}
