package org.latentbrush.bridge.cli;

import ai.djl.Device;
import org.latentbrush.bridge.generator.DeviceChoice;

/** The {@code --device} option every command that runs a network shares, checked in one place. */
final class DeviceOption {

    private DeviceOption() {}

    /**
     * Resolves a {@code --device} value.
     *
     * @param text auto, cpu or gpu
     * @return the device to run on
     * @throws UserInputException naming {@code --device}: an unknown value, or gpu without one
     */
    static Device resolve(String text) throws UserInputException {
        DeviceChoice choice;
        try {
            choice = DeviceChoice.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--" + e.getMessage(), e); // "--device must be auto, cpu or gpu, ..."
        }
        try {
            return choice.resolve();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserInputException("--device " + text + ": " + e.getMessage(), e);
        }
    }
}
