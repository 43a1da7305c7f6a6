package org.latentbrush.bridge.api;

/**
 * A photo that cannot be used: unreadable, damaged, truncated, too large or of an unsupported kind.
 *
 * <p>The message is written for users and names the file, e.g. {@code "beach.jpg: the file is
 * truncated (it ends before the image does)"}, so the editor shows it as it is.
 */
public final class PhotoFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public PhotoFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
