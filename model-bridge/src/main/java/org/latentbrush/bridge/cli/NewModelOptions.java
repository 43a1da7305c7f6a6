package org.latentbrush.bridge.cli;

import java.nio.file.Path;
import org.latentbrush.bridge.generator.ArchitectureSpec;
import org.latentbrush.bridge.generator.ArchitectureType;
import picocli.CommandLine.Option;

/** The options of commands that create a model folder: where, what it is called, its shape. */
final class NewModelOptions {

    @Option(names = "--out", required = true, description = "Model folder to write.")
    Path out;

    @Option(names = "--name", required = true, description = "Model name, e.g. landscape-64.")
    String name;

    @Option(names = "--title", description = "Title shown in the editor (default: the name).")
    String title;

    @Option(names = "--size", defaultValue = "64", description = "Image side (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--channels", defaultValue = "3", description = "1 or 3 (default: ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--latent", defaultValue = "100", description = "Latent size (default: ${DEFAULT-VALUE}).")
    int latent;

    @Option(names = "--width", defaultValue = "32",
            description = "Base width of the generator, and of the discriminator when training "
                    + "without --discriminator-width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--architecture", defaultValue = "dcgan-subpixel", paramLabel = "TYPE",
            description = "Generator family: dcgan-subpixel, resize-conv or style "
                    + "(default: ${DEFAULT-VALUE}); docs/MODELS.md compares them.")
    String architecture;

    /** The title, or the name when none was given. */
    String titleOrName() {
        return title == null ? name : title;
    }

    /** The generator's shape, checked. */
    ArchitectureSpec spec() throws UserInputException {
        try {
            ArchitectureType type = ArchitectureType.fromManifestName(architecture).orElseThrow(() ->
                    new IllegalArgumentException("--architecture must be one of "
                            + ArchitectureType.knownNames() + ", was \"" + architecture + "\""));
            return new ArchitectureSpec(latent, size, channels, width, type);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
