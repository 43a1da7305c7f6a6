package org.latentbrush.bridge.cli;

import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;
import picocli.CommandLine.Option;

/** The options every command that runs a model shares: which model, on which device. */
final class ModelOptions {

    @Option(names = {"-m", "--model"}, paramLabel = "NAME|PATH",
            description = "Built-in model name, model folder or zip (default: ${DEFAULT-VALUE}).",
            defaultValue = ModelLocator.DEFAULT_MODEL)
    String model;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to run: auto picks a GPU when the engine reports one "
                    + "(default: ${DEFAULT-VALUE}).")
    String device;

    /** Opens the model on the chosen device. */
    GanModel open() throws ModelLoadException, UserInputException {
        return GanModel.open(model, DeviceOption.resolve(device));
    }
}
