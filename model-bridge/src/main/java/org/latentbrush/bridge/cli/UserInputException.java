package org.latentbrush.bridge.cli;

/** Input a user gave that cannot be used; its message is shown as it is. */
public final class UserInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
