package org.latentbrush.app.tasks;

/**
 * Lets an action through at most once per interval: live strokes go to the optimiser every 100 ms,
 * not on every mouse event.
 *
 * <p>Like Caffeine's {@code Pacer}, it takes the time as an argument, so tests need no sleeps.
 */
public final class Throttle {

    private final long intervalMillis;
    private long lastMillis;
    private boolean fired;

    /**
     * Creates the throttle.
     *
     * @param intervalMillis the shortest time between two actions
     */
    public Throttle(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /**
     * Asks whether the action may run now, and if so counts it as run.
     *
     * @param nowMillis the current time
     * @return whether to run it
     */
    public boolean tryAcquire(long nowMillis) {
        if (fired && nowMillis - lastMillis < intervalMillis) {
            return false;
        }
        fired = true;
        lastMillis = nowMillis;
        return true;
    }

    /** Forgets the last action, so the next one runs at once (a new stroke starts). */
    public void reset() {
        fired = false;
    }
}
