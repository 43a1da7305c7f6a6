package org.latentbrush.bridge.constraint;

/** A strokes file that cannot be read, with a message naming the place and the problem. */
public final class StrokesFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public StrokesFormatException(String message) {
        super(message);
    }

    public StrokesFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
