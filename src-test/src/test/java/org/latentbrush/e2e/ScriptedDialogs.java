package org.latentbrush.e2e;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.latentbrush.app.dialogs.FileKind;
import org.latentbrush.app.dialogs.FxDialogService;

/**
 * The editor's real dialogs, except that file and folder choosers take their answers from the
 * test: native choosers cannot be driven headless.
 */
final class ScriptedDialogs extends FxDialogService {

    final Deque<Path> answers = new ArrayDeque<>();
    final List<String> notifications = new CopyOnWriteArrayList<>();

    ScriptedDialogs(Supplier<Window> owner, Consumer<String> notifier) {
        super(owner, notifier);
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
        super.notify(message);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, FileKind kind) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, FileKind kind, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(answers.poll());
    }
}
