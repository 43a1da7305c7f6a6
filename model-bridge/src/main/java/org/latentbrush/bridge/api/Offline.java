package org.latentbrush.bridge.api;

/** Keeps the engine from trying to download anything: the program works offline by design. */
public final class Offline {

    private Offline() {}

    /** Sets DJL's offline mode unless the user set it explicitly. */
    public static void enable() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }
}
