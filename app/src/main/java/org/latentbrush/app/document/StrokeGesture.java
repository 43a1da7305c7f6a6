package org.latentbrush.app.document;

import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.latentbrush.app.history.DocumentState;
import org.latentbrush.app.tasks.Throttle;
import org.latentbrush.bridge.constraint.Stroke;

/**
 * One stroke while the user draws it: the partial stroke for the canvas to show, how often it may
 * go to the optimiser, and the document as it was before it, for the undoable edit it becomes.
 */
final class StrokeGesture {

    private final LongSupplier clock;
    private final Throttle throttle;
    private final ReadOnlyObjectWrapper<Stroke> inProgress = new ReadOnlyObjectWrapper<>();
    private DocumentState before;

    StrokeGesture(LongSupplier clock, long intervalMillis) {
        this.clock = Objects.requireNonNull(clock);
        this.throttle = new Throttle(intervalMillis);
    }

    /** A stroke begins on a document in {@code state}, or {@code null} when nothing is shown yet. */
    void started(DocumentState state) {
        before = state;
        throttle.reset();
    }

    /** The stroke grew; returns whether it is time to send it to the optimiser. */
    boolean moved(Stroke partial) {
        inProgress.set(partial);
        return throttle.tryAcquire(clock.getAsLong());
    }

    /** The stroke ended; returns the document before it, or {@code null} if it was not known. */
    DocumentState finished() {
        inProgress.set(null);
        DocumentState state = before;
        before = null;
        return state;
    }

    /** The document before the stroke being drawn, or {@code null} when none is or it was not known. */
    DocumentState before() {
        return inProgress.get() == null ? null : before;
    }

    /** The stroke being drawn, or {@code null}. */
    ReadOnlyObjectProperty<Stroke> inProgressProperty() {
        return inProgress.getReadOnlyProperty();
    }
}
