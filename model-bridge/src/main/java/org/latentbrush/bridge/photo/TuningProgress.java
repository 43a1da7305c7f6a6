package org.latentbrush.bridge.photo;

/**
 * How far a per-photo tuning has come.
 *
 * @param step steps done
 * @param steps the steps it expects to take: its step limit, or fewer when at the pace so far its
 *     time budget runs out first (the budget binds on slower machines: a bar measured against the
 *     limit would stop at a third)
 * @param psnr G′(z₀) against the frame after the last step, in dB
 */
public record TuningProgress(int step, int steps, double psnr) {

    /**
     * The steps a tuning expects to take.
     *
     * @param step steps done
     * @param limit the step limit
     * @param elapsedMillis time spent so far
     * @param budgetMillis the time budget
     * @return the limit, or the steps the budget allows at this pace, whichever is fewer; never
     *     fewer than {@code step}
     */
    public static int expectedSteps(int step, int limit, long elapsedMillis, long budgetMillis) {
        if (step <= 0 || elapsedMillis <= 0) {
            return limit;
        }
        long byTime = Math.round(step * (double) budgetMillis / elapsedMillis);
        return (int) Math.max(step, Math.min(limit, byTime));
    }
}
