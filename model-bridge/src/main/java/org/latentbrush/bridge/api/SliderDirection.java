package org.latentbrush.bridge.api;

/**
 * A named direction of the model, a slider in the editor.
 *
 * @param index the direction's rank among the model's principal directions, 1 for the strongest
 * @param name what moving the slider up does, e.g. "Dusk"; "Direction 7" when nothing measured
 *     it clearly
 * @param minimum the slider's lowest value (negative)
 * @param maximum the slider's highest value (positive)
 * @param effect the measured effect in words, e.g. "dusk share 9% → 61%"
 */
public record SliderDirection(int index, String name, double minimum, double maximum, String effect) {}
