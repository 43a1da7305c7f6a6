package org.latentbrush.bridge.training.data;

/** The material of a landscape's foreground ground, one of the labels a scene classifier learns. */
public enum GroundType {
    /** Green meadow. */
    GRASS,
    /** Beach or desert sand. */
    SAND,
    /** Bare grey-brown rock and scree. */
    ROCK,
    /** Snowfield. */
    SNOW
}
