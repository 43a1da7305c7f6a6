package org.latentbrush.app.tasks;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Runs tasks on the JavaFX application thread. */
public final class FxExecutor implements Executor {

    @Override
    public void execute(Runnable command) {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    }
}
