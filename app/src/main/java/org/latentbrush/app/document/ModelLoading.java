package org.latentbrush.app.document;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.latentbrush.app.engine.FailureText;
import org.latentbrush.app.engine.LiveResult;
import org.latentbrush.app.session.Session;
import org.latentbrush.bridge.api.ModelInfo;

/** Opens models on the engine with a loading flag raised meanwhile, and announces each once ready. */
final class ModelLoading {

    private final LiveResult live;
    private final Consumer<String> say;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();

    /**
     * @param live the engine's owner
     * @param say shows a status message
     */
    ModelLoading(LiveResult live, Consumer<String> say) {
        this.live = Objects.requireNonNull(live);
        this.say = Objects.requireNonNull(say);
    }

    /**
     * Opens a model.
     *
     * @param reference a built-in name or a model folder
     * @param onOpened receives the model once it is in use
     * @param onFailed receives why it could not be opened; the model before stays in use
     */
    void load(String reference, Consumer<ModelInfo> onOpened, Consumer<Exception> onFailed) {
        loading.set(true);
        live.open(reference, () -> {
            loading.set(false);
            ModelInfo info = live.modelProperty().get();
            say.accept("Model " + info.title() + " ready");
            onOpened.accept(info);
        }, failure -> {
            loading.set(false);
            onFailed.accept(failure);
        });
    }

    /**
     * Puts the model a session was saved with in use: the open one when it has the session's name
     * and latent size, else the one the session names.
     *
     * @param session the session
     * @param onReady runs once a model fit for the session's latents is in use
     * @param onFailed receives why not (a model that could not be opened stays out of use; one
     *     opened with other latents stays in use)
     */
    void useFor(Session session, Runnable onReady, Consumer<String> onFailed) {
        ModelInfo info = live.modelProperty().get();
        if (info != null && info.name().equals(session.modelName()) && info.latentSize() == session.z().length) {
            onReady.run();
            return;
        }
        load(session.modelReference(), opened -> {
            if (opened.latentSize() != session.z().length) {
                onFailed.accept("the session's latent has " + session.z().length + " values but model "
                        + opened.name() + " needs " + opened.latentSize());
            } else {
                onReady.run();
            }
        }, failure -> onFailed.accept("it needs the model \"" + session.modelName()
                + "\", which could not be opened: " + FailureText.of(failure)));
    }

    /** Whether a model is being opened. */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
