package org.latentbrush.bridge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code latent-brush} command line: batch edits, samples, interpolations, benchmarks, training.
 *
 * <p>Every command has {@code --help}. Bad input ends with a one-line reason on standard error and
 * a non-zero exit code: 2 for usage errors, 1 for input that cannot be used.
 */
@Command(name = "latent-brush", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Paint through a generative adversarial network.",
        subcommands = {
            ProjectCommand.class,
            SampleCommand.class,
            InterpolateCommand.class,
            InitModelCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LatentBrushCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

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
        return new CommandLine(new LatentBrushCli())
                .setExecutionExceptionHandler(new OneLineErrors())
                .execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
