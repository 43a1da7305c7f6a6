package org.latentbrush.bridge.photo;

import org.latentbrush.bridge.generator.GanModel;

/**
 * A generator tuned to one photo frame: G′, whose image at the pivot z₀ reproduces the frame.
 *
 * @param model G′, a private copy the shared model never sees; whoever holds this closes it
 * @param psnrBefore G(z₀) against the frame, in dB
 * @param psnr G′(z₀) against the frame, in dB
 * @param steps weight steps taken
 * @param stopped whether the user stopped it before its target or step limit
 * @param millis time spent tuning
 */
public record TunedGenerator(GanModel model, double psnrBefore, double psnr, int steps, boolean stopped,
        long millis) implements AutoCloseable {

    @Override
    public void close() {
        model.close();
    }
}
