package org.latentbrush.bridge.api;

import ai.djl.Device;
import java.nio.file.Path;
import org.latentbrush.bridge.generator.GanModel;
import org.latentbrush.bridge.generator.ModelLoadException;
import org.latentbrush.bridge.generator.ModelLocator;

/**
 * A model opened for the engine, with its sliders from the same folder.
 *
 * @param model the loaded generator (and encoder)
 * @param sliders its directions
 */
record OpenedModel(GanModel model, ModelSliders sliders) {

    /**
     * Resolves a model reference and loads it.
     *
     * @param reference a built-in model's name, a model folder or a zip
     * @param where where to run
     * @return the model; the caller closes it
     * @throws ModelOpenException naming the model or file when it cannot be found or loaded, or
     *     the engine cannot start
     */
    static OpenedModel open(String reference, DevicePreference where) throws ModelOpenException {
        GanModel model;
        Path folder;
        try {
            Device device = where.choice().resolve();
            folder = ModelLocator.resolve(reference);
            model = load(reference, folder, device);
        } catch (ModelLoadException e) {
            throw new ModelOpenException(e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            // The engine itself failed to start (native library, device): say so as an open failure.
            throw new ModelOpenException(reference + ": the engine could not start: " + e.getMessage(), e);
        }
        ModelSliders sliders = ModelSliders.load(reference, folder, model.manifest().name(),
                model.manifest().latentSize(), model.fingerprint());
        return new OpenedModel(model, sliders);
    }

    /** Loads the model a reference resolved to; its directions are read from the same folder. */
    private static GanModel load(String reference, Path folder, Device device) throws ModelLoadException {
        try {
            return GanModel.load(folder, device);
        } catch (ModelLoadException e) {
            throw ModelLocator.failureIn(reference, folder, e);
        }
    }
}
