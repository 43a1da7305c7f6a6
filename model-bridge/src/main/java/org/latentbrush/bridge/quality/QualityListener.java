package org.latentbrush.bridge.quality;

/**
 * Hears how an evaluation advances, stage by stage, for progress bars kept out of the measuring.
 *
 * <p>Calls come on the evaluating thread; stages run one after another.
 */
public interface QualityListener {

    /** A listener that ignores everything. */
    QualityListener NONE = new QualityListener() {};

    /**
     * A stage begins.
     *
     * @param stage a short name, e.g. {@code generated}
     * @param total units of work in it (images)
     */
    default void stageStarted(String stage, long total) {}

    /**
     * Work of the current stage is done up to a point.
     *
     * @param done units done so far
     */
    default void advanced(long done) {}

    /** The current stage ended. */
    default void stageFinished() {}
}
