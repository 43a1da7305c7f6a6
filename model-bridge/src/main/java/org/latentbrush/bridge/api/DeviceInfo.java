package org.latentbrush.bridge.api;

import ai.djl.Device;
import ai.djl.engine.Engine;

/**
 * Which engine and device run the model, as plain text for the status bar and {@code bench}.
 *
 * @param engine engine name and version, e.g. "PyTorch 2.7.1"
 * @param device "cpu" or "gpu(0)"
 * @param gpu whether it is a GPU
 * @param detail what the engine reports about the device (GPU name and memory where known)
 */
public record DeviceInfo(String engine, String device, boolean gpu, String detail) {

    /** Describes a device of the engine in use. */
    public static DeviceInfo of(Device device) {
        Engine engine = Engine.getInstance();
        boolean gpu = device.isGpu();
        String detail = gpu
                ? "CUDA device " + device.getDeviceId() + " of " + engine.getGpuCount()
                        + memoryOf(device)
                : Runtime.getRuntime().availableProcessors() + " CPU cores";
        return new DeviceInfo(engine.getEngineName() + " " + engine.getVersion(), device.toString(), gpu,
                detail);
    }

    private static String memoryOf(Device device) {
        try {
            var usage = ai.djl.util.cuda.CudaUtils.getGpuMemory(device);
            return String.format(", %.1f GiB total", usage.getMax() / (double) (1L << 30));
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }

    /** One line, e.g. "PyTorch 2.7.1 on cpu (2 CPU cores)". */
    public String summary() {
        return engine + " on " + device + " (" + detail + ")";
    }
}
