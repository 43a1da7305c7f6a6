package org.latentbrush.bridge.photo;

/**
 * How far a per-photo tuning has come.
 *
 * @param step steps done
 * @param steps the most steps it will take
 * @param psnr G′(z₀) against the frame after the last step, in dB
 */
public record TuningProgress(int step, int steps, double psnr) {}
