package org.latentbrush.bridge.api;

/**
 * A model could not be opened for editing: it was not found, its files are bad, or the engine
 * could not start. The message names the model or file and says what is wrong, for the user.
 */
public final class ModelOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates it.
     *
     * @param message what went wrong, naming the model or file
     * @param cause the underlying failure
     */
    public ModelOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
