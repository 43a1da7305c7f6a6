package org.latentbrush.app.engine;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.latentbrush.bridge.api.EditSnapshot;
import org.latentbrush.bridge.api.ModelOpenException;

/** Opens a model for painting; the editor gets one so that tests can hand it a fake engine. */
@FunctionalInterface
public interface EngineOpener {

    /**
     * Opens a model.
     *
     * @param modelReference a built-in name or a model folder
     * @param snapshots receives streamed results, on the optimiser thread
     * @param errors receives engine failures, on the optimiser thread
     * @return the engine; the caller closes it
     * @throws ModelOpenException with a message a user can act on
     */
    PaintEngine open(String modelReference, Consumer<EditSnapshot> snapshots,
            Consumer<Throwable> errors) throws ModelOpenException;

    /**
     * Opens models with the bridge's {@code BrushEngine}.
     *
     * @param cacheFolder where the engine keeps what it renders after loading, or {@code null}
     */
    static EngineOpener bridge(Path cacheFolder) {
        return (reference, snapshots, errors) -> BridgePaintEngine.open(reference, snapshots, errors, cacheFolder);
    }
}
