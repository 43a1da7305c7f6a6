package org.latentbrush.app.tools;

import org.latentbrush.bridge.constraint.Stroke;

/** Receives a stroke's lifecycle from a brush: start, continue, finish. */
public interface StrokeSink {

    /** A stroke begins (the mouse went down). */
    void strokeStarted();

    /** The stroke in progress grew. */
    void strokeMoved(Stroke partial);

    /** The stroke is done (the mouse went up). */
    void strokeFinished(Stroke stroke);
}
