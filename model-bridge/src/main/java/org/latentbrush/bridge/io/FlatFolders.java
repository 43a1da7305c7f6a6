package org.latentbrush.bridge.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Folders of plain files, one level deep: a checkpoint, an unpacked model zip. */
public final class FlatFolders {

    private FlatFolders() {}

    /**
     * Deletes a folder and the files in it.
     *
     * @param folder a folder holding files only
     * @throws IOException if a file or the folder cannot be deleted
     */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
