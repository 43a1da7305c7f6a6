package org.latentbrush.bridge.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.latentbrush.bridge.io.AtomicFiles;
import org.latentbrush.bridge.io.FlatFolders;
import org.latentbrush.bridge.io.IoMessages;

/**
 * The checkpoint folders of a training run and the pointer to the newest complete one.
 *
 * <p>Layout under the run's folder: {@code checkpoints/step-000250/} holds one checkpoint's files,
 * each written atomically; {@code checkpoints/latest.json} names the newest folder and is replaced
 * only after all of its files are written. A crash while saving therefore leaves the pointer on the
 * previous, complete checkpoint. The newest two folders are kept, older ones deleted.
 */
final class Checkpoints {

    /** The checkpoints' folder inside a run's folder. */
    static final String FOLDER = "checkpoints";
    /** The pointer file's name. */
    static final String POINTER = "latest.json";
    /** The scalar state's file name inside a checkpoint folder. */
    static final String STATE = "state.json";

    /** A checkpoint's state is a few hundred bytes; a larger file is not one, and is not read. */
    private static final long MAX_STATE_BYTES = 1L << 20;
    private static final String PREFIX = "step-";
    private static final int KEEP = 2;
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;

    /**
     * Opens the checkpoints of a run.
     *
     * @param runFolder the run's output folder
     */
    Checkpoints(Path runFolder) {
        this.root = runFolder.resolve(FOLDER);
    }

    /**
     * Finds the newest complete checkpoint.
     *
     * @return its folder, or empty when the run has none
     * @throws IOException if the pointer exists but cannot be read
     */
    Optional<Path> latest() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        JsonNode node = JSON.readTree(pointer.toFile());
        JsonNode folder = node == null ? null : node.get("folder");
        if (folder == null || !folder.isTextual() || folder.asText().contains("/")) {
            throw new IOException(pointer + " does not name a checkpoint folder");
        }
        return Optional.of(root.resolve(folder.asText()));
    }

    /**
     * The checkpoints to try when resuming, newest first: the one {@link #POINTER} names, then the
     * older complete ones kept beside it. A pointer that cannot be read is skipped, so a damaged
     * newest checkpoint still leaves the one before.
     *
     * @return complete checkpoint folders (with a state file), newest first; empty for none
     * @throws IOException if the checkpoints folder cannot be listed
     */
    List<Path> newestFirst() throws IOException {
        List<Path> found = new ArrayList<>();
        try {
            latest().ifPresent(found::add);
        } catch (IOException e) {
            // Unreadable pointer: the folders below still say what there is.
        }
        if (Files.isDirectory(root)) {
            try (Stream<Path> folders = Files.list(root)) {
                folders.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                                && Files.isRegularFile(f.resolve(STATE)) && !found.contains(f))
                        .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                                .reversed())
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** Loads one checkpoint into a trainer. */
    @FunctionalInterface
    interface Loader {
        void load(Path checkpoint) throws IOException;
    }

    /**
     * Restores the newest checkpoint that reads back whole: a newest one damaged by a write cut
     * short falls back to the one before.
     *
     * @param checkpoints from {@link #newestFirst}
     * @param loader loads one; it must overwrite everything an earlier failed load touched
     * @return why an older checkpoint than the newest was used, if one was
     * @throws IOException the newest one's failure, when none can be read
     */
    static Optional<String> restoreNewestReadable(List<Path> checkpoints, Loader loader)
            throws IOException {
        Exception newestFailure = null;
        for (Path checkpoint : checkpoints) {
            try {
                loader.load(checkpoint);
                return newestFailure == null ? Optional.empty()
                        : Optional.of("the newest checkpoint could not be read ("
                                + newestFailure.getMessage() + "); resumed from "
                                + checkpoint.getFileName() + " instead");
            } catch (IOException | RuntimeException e) {
                if (newestFailure == null) {
                    newestFailure = e;
                }
            }
        }
        if (newestFailure instanceof IOException io) {
            throw io;
        }
        if (newestFailure instanceof RuntimeException runtime) {
            throw runtime;
        }
        return Optional.empty();
    }

    /**
     * Creates (or empties the way for) the folder of a new checkpoint.
     *
     * @param step steps completed
     * @return the folder to write the checkpoint's files into
     * @throws IOException if it cannot be created
     */
    Path prepare(long step) throws IOException {
        Path folder = root.resolve(String.format(Locale.ROOT, "%s%06d", PREFIX, step));
        Files.createDirectories(folder);
        return folder;
    }

    /**
     * Writes the state, points {@link #POINTER} at the folder and deletes old checkpoints.
     *
     * @param folder a folder from {@link #prepare} with all other files written
     * @param state the scalar state
     * @throws IOException if writing fails; the previous checkpoint then stays current
     */
    void commit(Path folder, CheckpointState state) throws IOException {
        AtomicFiles.write(folder.resolve(STATE), JSON.writeValueAsBytes(state));
        AtomicFiles.write(root.resolve(POINTER), JSON.writeValueAsBytes(
                JSON.createObjectNode().put("folder", folder.getFileName().toString())
                        .put("step", state.step())));
        deleteOlderThan(folder);
    }

    /**
     * Refuses a folder that holds a finished model or upscaler and no checkpoints: it is not a run
     * to write into. Called before the folder is locked too, so a refusal leaves no lock file there.
     *
     * @param folder the run's folder
     * @param what what the manifest there describes, e.g. "a model"
     * @throws IOException naming the folder
     */
    static void refuseFinished(Path folder, String what) throws IOException {
        if (Files.exists(folder.resolve("manifest.json")) && new Checkpoints(folder).newestFirst().isEmpty()) {
            throw new IOException(folder + " already holds " + what + " that is not a training run; "
                    + "choose another folder");
        }
    }

    /**
     * Reads a checkpoint's scalar state.
     *
     * @param folder the checkpoint folder
     * @return the state
     * @throws IOException if it is missing or malformed
     */
    static CheckpointState readState(Path folder) throws IOException {
        Path file = folder.resolve(STATE);
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new IOException(file + ": " + IoMessages.EMPTY_FILE);
            }
            if (size > MAX_STATE_BYTES) {
                throw new IOException(file + ": not a checkpoint state: the file is larger than "
                        + (MAX_STATE_BYTES >> 20) + " MB");
            }
            return JSON.readValue(Files.readAllBytes(file), CheckpointState.class);
        } catch (JsonProcessingException e) {
            // Jackson's own message runs over several lines and names its source; one line, the file's.
            throw new IOException(file + ": not a checkpoint state: "
                    + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "), e);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": file not found", e);
        }
    }

    private void deleteOlderThan(Path current) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> list = Files.list(root)) {
            list.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .sorted()
                    .forEach(folders::add);
        }
        int currentIndex = folders.indexOf(current);
        for (int i = 0; i <= currentIndex - KEEP; i++) {
            FlatFolders.delete(folders.get(i));
        }
    }
}
