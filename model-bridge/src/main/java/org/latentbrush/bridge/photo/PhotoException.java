package org.latentbrush.bridge.photo;

/**
 * A photo that cannot be used: unreadable, damaged, too large or of an unsupported kind.
 *
 * <p>The message is written for users and names the file, e.g. {@code "beach.jpg: the file is
 * truncated"}, so the command line and the editor can show it as it is.
 */
public final class PhotoException extends Exception {

    private static final long serialVersionUID = 1L;

    public PhotoException(String message) {
        super(message);
    }

    public PhotoException(String message, Throwable cause) {
        super(message, cause);
    }
}
