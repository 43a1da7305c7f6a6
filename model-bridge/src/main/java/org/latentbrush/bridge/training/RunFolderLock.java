package org.latentbrush.bridge.training;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.latentbrush.bridge.io.IoMessages;

/**
 * Keeps a second training run out of a folder that one is already writing.
 *
 * <p>Two runs on one folder would interleave their checkpoints and overwrite each other's model
 * files. The lock is the operating system's lock on a file in the folder, so it is released when
 * the process ends however it ends; a crashed run never leaves the folder locked. The file itself
 * stays (deleting it would race with a run that is just opening it) and holds nothing.
 */
public final class RunFolderLock implements AutoCloseable {

    /** The lock file's name inside the run's folder. */
    public static final String FILE_NAME = ".training.lock";

    /** Holds the lock: closing a channel releases every lock taken through it. */
    private final FileChannel channel;

    private RunFolderLock(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * Takes the folder for this run, creating it if needed.
     *
     * @param folder the run's folder
     * @return the lock; closing it lets other runs in
     * @throws IOException if another run, in this process or another, holds the folder, or the
     *     lock file cannot be created
     */
    public static RunFolderLock acquire(Path folder) throws IOException {
        FileChannel channel;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write in " + folder + ": permission denied", e);
        } catch (IOException e) {
            throw new IOException("cannot write in " + folder + ": " + IoMessages.of(e), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another training run is writing " + folder
                    + "; let it finish or stop it before starting or resuming one there");
        }
        return new RunFolderLock(channel);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
