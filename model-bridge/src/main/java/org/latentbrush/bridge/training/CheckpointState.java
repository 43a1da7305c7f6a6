package org.latentbrush.bridge.training;

/**
 * The scalar part of a checkpoint, saved as {@code state.json} beside the weights.
 *
 * <p>There is no random generator state to save: {@link BatchSchedule} derives every draw from
 * the seed and the step, so {@code step} is the random state.
 *
 * @param step steps completed
 * @param wallSeconds training time so far, over all resumes
 * @param lossAverage the {@link LossAverage}'s raw state
 * @param fingerprint what must match for a resume: architecture, batch, seed, optimisers, data
 * @param savedAt when it was written, ISO-8601
 */
record CheckpointState(long step, double wallSeconds, double[] lossAverage, String fingerprint,
        String savedAt) {}
