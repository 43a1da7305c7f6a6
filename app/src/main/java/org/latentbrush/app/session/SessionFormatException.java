package org.latentbrush.app.session;

/** A session file that cannot be read, with a message naming the file and the problem. */
public final class SessionFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public SessionFormatException(String message) {
        super(message);
    }

    public SessionFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
