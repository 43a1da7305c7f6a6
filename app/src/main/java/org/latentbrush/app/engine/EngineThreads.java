package org.latentbrush.app.engine;

/**
 * Sets how many threads the engine uses, before it loads, unless the user already chose.
 *
 * <p>PyTorch's default inter-op thread pool oversubscribes small machines: on two cores a tiny
 * model's edit took 13 s with it and 0.3 s with one inter-op thread. One core is left for the
 * user interface, so painting stays smooth while the optimiser works.
 */
public final class EngineThreads {

    static final String INTEROP = "ai.djl.pytorch.num_interop_threads";
    static final String INTRAOP = "ai.djl.pytorch.num_threads";

    private EngineThreads() {}

    /** Sets the thread properties that are not set yet. */
    public static void configure() {
        int cores = Runtime.getRuntime().availableProcessors();
        setIfAbsent(INTEROP, "1");
        setIfAbsent(INTRAOP, Integer.toString(Math.max(1, cores - 1)));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
