package org.latentbrush.bridge.training;

import java.nio.file.Path;

/**
 * Hears about a training run's progress: for progress bars and logs, kept out of the loop itself.
 *
 * <p>Calls come on the training thread, between steps; a slow listener slows training.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {};

    /**
     * Training starts or resumes.
     *
     * @param completedSteps steps already done (0 for a fresh run)
     * @param totalSteps the step the run stops after
     */
    default void started(long completedSteps, long totalSteps) {}

    /**
     * A step finished.
     *
     * @param completedSteps steps done, including this one
     * @param losses its losses
     */
    default void stepped(long completedSteps, StepLosses losses) {}

    /**
     * A sample grid was written.
     *
     * @param completedSteps steps done
     * @param file the PNG
     */
    default void sampled(long completedSteps, Path file) {}

    /**
     * A checkpoint was written and the model folder updated.
     *
     * @param completedSteps steps done
     * @param averageLosses the losses averaged over recent steps
     */
    default void checkpointed(long completedSteps, StepLosses averageLosses) {}
}
