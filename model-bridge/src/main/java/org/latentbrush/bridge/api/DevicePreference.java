package org.latentbrush.bridge.api;

import org.latentbrush.bridge.generator.DeviceChoice;

/** Where the editor would like the engine to run. */
public enum DevicePreference {
    /** A GPU when the engine reports one, else the CPU. */
    AUTO(DeviceChoice.AUTO),
    /** The CPU. */
    CPU(DeviceChoice.CPU),
    /** A GPU; opening fails with a clear message where there is none. */
    GPU(DeviceChoice.GPU);

    private final DeviceChoice choice;

    DevicePreference(DeviceChoice choice) {
        this.choice = choice;
    }

    DeviceChoice choice() {
        return choice;
    }
}
