package org.latentbrush.bridge.cli;

import ai.djl.Device;
import org.latentbrush.bridge.generator.DeviceChoice;
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
        Device resolved;
        try {
            resolved = DeviceChoice.parse(device).resolve();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        return GanModel.open(model, resolved);
    }
}
