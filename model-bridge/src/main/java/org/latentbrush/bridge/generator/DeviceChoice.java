package org.latentbrush.bridge.generator;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/**
 * Where the generator and the optimiser run: chosen automatically or forced by the user.
 *
 * <p>{@link #AUTO} takes the first GPU the engine reports and the CPU otherwise. {@link #GPU}
 * refuses with a clear message where the engine reports none, rather than quietly running on the
 * CPU, so a user who asked for speed learns why they do not get it.
 */
public enum DeviceChoice {
    AUTO,
    CPU,
    GPU;

    /**
     * Parses a command-line or settings value.
     *
     * @param text {@code auto}, {@code cpu} or {@code gpu}, in any case
     * @return the choice
     * @throws IllegalArgumentException for anything else
     */
    public static DeviceChoice parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("device must be auto, cpu or gpu, was '" + text + "'");
        }
    }

    /**
     * Resolves the choice against what the engine reports.
     *
     * @param gpuCount number of GPUs the engine sees
     * @return the device to use
     * @throws IllegalStateException when a GPU is required and there is none
     */
    public Device resolve(int gpuCount) {
        switch (this) {
            case CPU:
                return Device.cpu();
            case GPU:
                if (gpuCount < 1) {
                    throw new IllegalStateException("no GPU is available: the PyTorch engine "
                            + "reports 0 CUDA devices. Use --device cpu, or see the README's "
                            + "\"Using a GPU\" for installing the CUDA libraries.");
                }
                return Device.gpu(0);
            default:
                return gpuCount > 0 ? Device.gpu(0) : Device.cpu();
        }
    }

    /** Resolves the choice against the engine in use. */
    public Device resolve() {
        return resolve(Engine.getInstance().getGpuCount());
    }
}
