package org.latentbrush.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The Latent Brush editor: paint colour and sketch strokes, and a GAN finds an image that matches. */
public final class LatentBrushApp extends Application {

    private EditorWindow window;

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("latent-brush-editor: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            Platform.exit();
            return;
        }
        window = EditorWindow.open(stage, options, EditorWiring.forUser(options.dataFolder().resolve("cache")));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
