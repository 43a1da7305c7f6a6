package org.latentbrush.bridge.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says what went wrong with a file in words, naming the file, without Java's exception names. */
public final class IoMessages {

    /**
     * What a reader says of a file of 0 bytes, after its name: an empty file is most often a copy or
     * a save that was cut short, and "not an image" or "not valid JSON" would send the user looking
     * for the wrong problem.
     */
    public static final String EMPTY_FILE = "the file is empty";

    private IoMessages() {}

    /**
     * One line for a failed file operation.
     *
     * @param e the failure
     * @return "PATH: reason" for file-system failures, else the exception's own message
     */
    public static String of(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String other = fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")";
            return fs.getFile() + other + ": " + reason(e);
        }
        return e.getMessage() == null ? reason(e) : e.getMessage();
    }

    /**
     * The reason alone, in words.
     *
     * @param e the failure
     * @return e.g. "permission denied"
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder (or a folder on the path does not exist)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists, and is in the way";
        }
        if (e instanceof NotDirectoryException) {
            return "is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a folder that is not empty";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
