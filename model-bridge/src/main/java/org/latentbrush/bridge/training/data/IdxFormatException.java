package org.latentbrush.bridge.training.data;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when an IDX file (MNIST's format) is corrupt, truncated or not the kind expected. */
public final class IdxFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** Creates an exception whose message starts with the file's path. */
    public IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** Same, keeping the low-level cause (for example a gzip error). */
    public IdxFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
