package org.latentbrush.app;

import javafx.application.Application;

/**
 * Starts the editor from a plain class path.
 *
 * <p>JavaFX refuses to launch an {@link Application} subclass as the main class when its modules
 * are on the class path rather than the module path; this launcher is not such a subclass.
 */
public final class Main {

    private Main() {}

    /**
     * Launches the editor.
     *
     * @param args see {@link LaunchOptions}
     */
    public static void main(String[] args) {
        if (args.length == 1 && "--self-test".equals(args[0])) {
            // An installed copy can be checked without a display: no window is opened.
            org.latentbrush.bridge.api.EngineThreads.configure(0);
            System.exit(org.latentbrush.bridge.api.SelfTest.run(System.out));
        }
        org.latentbrush.bridge.api.EngineThreads.configure(1);
        Application.launch(LatentBrushApp.class, args);
    }
}
