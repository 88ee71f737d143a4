package org.bordersim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Owns one results folder: its name ({@code <scenario>-<yyyyMMdd-HHmmss>}, with {@code -2},
 * {@code -3}... if taken), and its creation. Files are written into a hidden temporary sibling
 * that is renamed into place only when complete, so a crash never leaves a half-written folder
 * and an existing folder is never overwritten.
 */
public final class ResultsFolder implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final String baseName;
    private final Path work;
    private boolean committed;

    private ResultsFolder(Path root, String baseName, Path work) {
        this.root = root;
        this.baseName = baseName;
        this.work = work;
    }

    /** {@code name} must already be safe as a file name (the schema restricts scenario names). */
    public static ResultsFolder create(Path root, String name, LocalDateTime now) throws IOException {
        Files.createDirectories(root);
        String base = name + "-" + STAMP.format(now);
        Path work = Files.createTempDirectory(root, "." + base + "-partial-");
        return new ResultsFolder(root, base, work);
    }

    /** Where to write files until {@link #commit()}. */
    public Path dir() {
        return work;
    }

    /** Moves the finished folder into place under a free name and returns that path. */
    public Path commit() throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path target = root.resolve(attempt == 1 ? baseName : baseName + "-" + attempt);
            if (Files.exists(target)) continue;
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
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
        if (committed || !Files.exists(work)) return;
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
