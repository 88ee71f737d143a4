package org.bordersim.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.bordersim.files.OutputConflictException;
import org.bordersim.files.Problem;

/**
 * A folder's lock, held by the process that appends to the folder's journal (a sweep's runs.csv, a calibration's
 * simulations.csv) so that two processes never write one journal. The operating system releases it when the process
 * dies, so a killed run never leaves a stale lock.
 */
public interface FolderLock extends AutoCloseable {
    String FILE = ".lock";

    @Override
    void close() throws IOException;

    /** Takes the lock of {@code dir}, refused with {@code whenHeld} as the message if another process holds it. */
    static FolderLock take(Path dir, String whenHeld) throws IOException, OutputConflictException {
        return take(dir, FILE, whenHeld);
    }

    /** The same with a lock file of its own, for one of several processes that share the folder (a shard). */
    static FolderLock take(Path dir, String lockFile, String whenHeld) throws IOException, OutputConflictException {
        FileChannel channel = FileChannel.open(dir.resolve(lockFile), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new OutputConflictException(new Problem(dir.toString(), "", whenHeld));
        }
        return channel::close;
    }

    /** Whether another process holds the lock of {@code dir} now (this process's own lock does not count). */
    static boolean heldElsewhere(Path dir) {
        if (!Files.exists(dir.resolve(FILE))) return false;
        try (FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
