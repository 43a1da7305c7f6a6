package org.latentbrush.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.stage.Window;
import org.latentbrush.app.dialogs.DialogService;
import org.latentbrush.app.dialogs.FxDialogService;
import org.latentbrush.app.engine.EngineOpener;
import org.latentbrush.app.settings.Settings;
import org.latentbrush.app.tasks.BackgroundTaskExecutor;
import org.latentbrush.app.tasks.FxExecutor;
import org.latentbrush.app.tasks.TaskExecutor;

/**
 * What an editor window is built from, so that a caller (the application, a test) chooses each
 * part: where settings live, how slow work runs, how models are opened, how dialogs appear, the
 * clock and the source of random starting seeds.
 *
 * @param settings the user's settings
 * @param tasks runs slow work off the user-interface thread
 * @param engines opens models
 * @param dialogs makes the dialog service from the window owner and the notifier
 * @param clock milliseconds now, for throttling and timestamps
 * @param seeds random seeds for new random starts
 */
public record EditorWiring(
        Settings settings,
        TaskExecutor tasks,
        EngineOpener engines,
        BiFunction<Supplier<Window>, Consumer<String>, DialogService> dialogs,
        LongSupplier clock,
        LongSupplier seeds) {

    /** Checks that every part is there. */
    public EditorWiring {
        Objects.requireNonNull(settings);
        Objects.requireNonNull(tasks);
        Objects.requireNonNull(engines);
        Objects.requireNonNull(dialogs);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(seeds);
    }

    /**
     * The application's parts: the user's settings, the bridge's engine, real dialogs.
     *
     * @param engineCache where the engine keeps what it renders after loading a model
     */
    public static EditorWiring forUser(Path engineCache) {
        SecureRandom random = new SecureRandom();
        return new EditorWiring(new Settings(Preferences.userRoot().node(Settings.DEFAULT_NODE)),
                new BackgroundTaskExecutor(new FxExecutor()), EngineOpener.bridge(engineCache),
                FxDialogService::new, System::currentTimeMillis, random::nextLong);
    }

    /** The same parts with other settings. */
    public EditorWiring withSettings(Settings other) {
        return new EditorWiring(other, tasks, engines, dialogs, clock, seeds);
    }

    /** The same parts with another dialog service. */
    public EditorWiring withDialogs(BiFunction<Supplier<Window>, Consumer<String>, DialogService> other) {
        return new EditorWiring(settings, tasks, engines, other, clock, seeds);
    }
}
