package org.latentbrush.bridge.api;

import ai.djl.pytorch.jni.JniUtils;
import java.util.function.Supplier;

/**
 * Sets how many threads the engine uses, before it loads, unless the user already chose; and keeps
 * the memory the engine frees for reuse ({@link FreedMemory}).
 *
 * <p>PyTorch's default inter-op thread pool oversubscribes small machines: on two cores a tiny
 * model's edit took 13 s with it and 0.3 s with one inter-op thread. The editor leaves one core to
 * the user interface so painting stays smooth while the optimiser works; the command line uses them
 * all. Users override either with {@code -Dai.djl.pytorch.num_threads=N}.
 *
 * <p>Work the user waits for with nothing to paint meanwhile (a photo's projection and tuning, an
 * export's other squares) runs on every core ({@link #onAllCores}): on two cores the tuning then
 * takes a quarter more steps in its 10 s, and the projection is a fifth faster.
 */
public final class EngineThreads {

    static final String INTEROP = "ai.djl.pytorch.num_interop_threads";
    static final String INTRAOP = "ai.djl.pytorch.num_threads";

    /** Whether the user chose the engine's thread count; then it is never raised. */
    private static volatile boolean userChose;
    /** Whether {@link #configure} ran: later calls find its own setting, not the user's. */
    private static boolean configured;

    private EngineThreads() {}

    /**
     * Sets the thread properties that are not set yet. Call before the engine first loads.
     *
     * @param reservedCores cores to leave for other work, such as a user interface
     */
    public static synchronized void configure(int reservedCores) {
        // The same moment suits the C library's settings for the engine's memory.
        FreedMemory.keep();
        int cores = Runtime.getRuntime().availableProcessors();
        if (!configured) {
            userChose = System.getProperty(INTRAOP) != null;
            configured = true;
        }
        setIfAbsent(INTEROP, "1");
        setIfAbsent(INTRAOP, Integer.toString(Math.max(1, cores - reservedCores)));
    }

    /**
     * Runs work with the engine's operations spread over every core, then gives the cores back.
     * PyTorch keeps the thread count per calling thread, so call it on the thread that runs the
     * work: the optimiser thread.
     *
     * @param work what to run
     * @param <T> its result
     * @return the work's result
     */
    public static <T> T onAllCores(Supplier<T> work) {
        int cores = Runtime.getRuntime().availableProcessors();
        int before = JniUtils.getNumThreads();
        if (userChose || before >= cores) {
            return work.get();
        }
        JniUtils.setNumThreads(cores);
        try {
            return work.get();
        } finally {
            JniUtils.setNumThreads(before);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
