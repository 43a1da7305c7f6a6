package org.latentbrush.bridge.api;

/**
 * Sets how many threads the engine uses, before it loads, unless the user already chose; and keeps
 * the memory the engine frees for reuse ({@link FreedMemory}).
 *
 * <p>PyTorch's default inter-op thread pool oversubscribes small machines: on two cores a tiny
 * model's edit took 13 s with it and 0.3 s with one inter-op thread. The editor leaves one core to
 * the user interface so painting stays smooth while the optimiser works; the command line uses them
 * all. Users override either with {@code -Dai.djl.pytorch.num_threads=N}.
 */
public final class EngineThreads {

    static final String INTEROP = "ai.djl.pytorch.num_interop_threads";
    static final String INTRAOP = "ai.djl.pytorch.num_threads";

    private EngineThreads() {}

    /**
     * Sets the thread properties that are not set yet. Call before the engine first loads.
     *
     * @param reservedCores cores to leave for other work, such as a user interface
     */
    public static void configure(int reservedCores) {
        // The same moment suits the C library's settings for the engine's memory.
        FreedMemory.keep();
        int cores = Runtime.getRuntime().availableProcessors();
        setIfAbsent(INTEROP, "1");
        setIfAbsent(INTRAOP, Integer.toString(Math.max(1, cores - reservedCores)));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
