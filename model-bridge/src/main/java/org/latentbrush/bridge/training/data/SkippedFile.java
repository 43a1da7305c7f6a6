package org.latentbrush.bridge.training.data;

import java.nio.file.Path;

/**
 * A file that {@link FolderImageSource} could not use, and why.
 *
 * @param file the file
 * @param reason a short human-readable explanation, e.g. the decoder's error
 */
public record SkippedFile(Path file, String reason) {

    @Override
    public String toString() {
        return file + " (" + reason + ")";
    }
}
