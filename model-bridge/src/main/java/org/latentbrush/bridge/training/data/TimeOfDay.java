package org.latentbrush.bridge.training.data;

/** The lighting of a rendered landscape, one of the labels a scene classifier learns. */
public enum TimeOfDay {
    /** Blue sky, bright sun. */
    DAY,
    /** Orange-to-violet sky with a low sun; the land reads as warm, dark silhouettes. */
    DUSK,
    /** Dark blue sky with stars and often a moon; everything else is dim. */
    NIGHT,
    /** Grey, clouded sky with flat, desaturated light. */
    OVERCAST
}
