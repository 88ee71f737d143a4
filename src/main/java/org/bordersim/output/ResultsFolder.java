package org.bordersim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Owns one results folder: its name and its creation. Files are written into a hidden temporary
 * sibling ({@code .<name>-partial-<host>@<pid>-<hex>}) that is renamed into place only when
 * complete, so a crash never leaves a half-written folder and an existing folder is never
 * overwritten. The temporary folder is removed if the work fails, when the JVM is interrupted
 * (Ctrl-C), and, if the process was killed outright, by the next BorderSim on the same host that
 * writes under the same root and finds the owner process gone. Folders of other hosts are never
 * touched: on a shared cluster file system their processes cannot be seen from here.
 */
public final class ResultsFolder implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern PARTIAL = Pattern.compile("^\\..+-partial-([A-Za-z0-9.-]+)@(\\d+)-[0-9a-f]+$");
    private static final String HOST = hostName();

    private final Path root;
    private final String baseName;
    private final boolean numbered;
    private final Path work;
    private final int staleRemoved;
    private final Thread onInterrupt;
    private volatile boolean committed;

    private ResultsFolder(Path root, String baseName, boolean numbered) throws IOException {
        this.root = root;
        this.baseName = baseName;
        this.numbered = numbered;
        Files.createDirectories(root);
        this.staleRemoved = removeStalePartials(root);
        this.work = createPartial(root, "." + baseName + "-partial-" + HOST + "@" + ProcessHandle.current().pid() + "-");
        this.onInterrupt = new Thread(this::deleteWork, "bordersim-remove-partial-results");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /**
     * A folder named {@code <name>-<yyyyMMdd-HHmmss>}, or with {@code -2}, {@code -3}... if that
     * is taken. {@code name} must already be safe as a file name (the schemas restrict names).
     */
    public static ResultsFolder timestamped(Path root, String name, LocalDateTime now) throws IOException {
        return new ResultsFolder(root, name + "-" + STAMP.format(now), true);
    }

    /** A folder of exactly this name; {@link #commit()} refuses if it exists by then. */
    public static ResultsFolder named(Path root, String name) throws IOException {
        return new ResultsFolder(root, name, false);
    }

    /** Where to write files until {@link #commit()}. */
    public Path dir() {
        return work;
    }

    /** How many temporary folders of killed BorderSim processes were removed under the root. */
    public int staleRemoved() {
        return staleRemoved;
    }

    /** Moves the finished folder into place under a free name and returns that path. */
    public Path commit() throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path target = root.resolve(attempt == 1 ? baseName : baseName + "-" + attempt);
            if (Files.exists(target)) {
                if (!numbered) throw new FileAlreadyExistsException(target.toString(), null, "already exists; nothing was overwritten");
                continue;
            }
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // Another process committed the same name between the check and the rename.
                if (!numbered) throw new FileAlreadyExistsException(target.toString(), null, "already exists; nothing was overwritten");
                continue;
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(work, target);
            }
            committed = true;
            return target;
        }
    }

    /** Removes the temporary folder if the results were not committed. */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            return; // the hook is running or about to
        }
        if (!committed) deleteTree(work);
    }

    private void deleteWork() {
        if (committed) return;
        try {
            deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Not {@code Files.createTempDirectory}: that makes the folder private (rwx------), and results
     * are meant to be shared; a plain directory gets the user's usual permissions (umask).
     */
    private static Path createPartial(Path root, String prefix) throws IOException {
        for (long attempt = System.nanoTime(); ; attempt++) {
            try {
                return Files.createDirectory(root.resolve(prefix + Long.toHexString(attempt & Long.MAX_VALUE)));
            } catch (FileAlreadyExistsException taken) {
                // try another name
            }
        }
    }

    /** Temporary folders whose owner process no longer runs: a run killed with SIGKILL, or a power cut. */
    private static int removeStalePartials(Path root) throws IOException {
        int removed = 0;
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                Matcher m = PARTIAL.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(HOST) || !Files.isDirectory(p)) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(2));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                deleteTree(p);
                removed++;
            }
        }
        return removed;
    }

    /** This machine's name, reduced to characters safe in a file name. */
    private static String hostName() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            name = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        name = name.replaceAll("[^A-Za-z0-9.-]", "-");
        return name.isEmpty() ? "localhost" : name;
    }

    /** Deletes a folder and everything in it (nothing if it does not exist). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Writes a file next to its final name and renames it, so readers never see half of it. */
    public static void writeAtomically(Path file, String text) throws IOException {
        // Not createTempFile, which makes the file private (rw-------); results are meant to be shared.
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
