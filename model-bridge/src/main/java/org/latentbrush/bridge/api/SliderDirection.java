package org.latentbrush.bridge.api;

/** TEMPORARY stub, replaced by the sliders branch. */
public record SliderDirection(int index, String name, double minimum, double maximum, String effect) {}
