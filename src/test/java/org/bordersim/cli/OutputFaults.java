package org.bordersim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bordersim.ChildJvm;
import org.junit.jupiter.api.Assumptions;

/** Ways to make output fail for real in tests: read-only folders, and what a tree holds before and after. */
final class OutputFaults {
    private OutputFaults() {
    }

    /** Undoes {@link #readOnly}. */
    interface Restore extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Makes {@code dir} refuse new entries. Permission bits do not bind root (CI may run as root),
     * so if they do not take, the immutable attribute ({@code chattr +i}) is used; if neither
     * works on this file system, the test is skipped, saying why.
     */
    static Restore readOnly(Path dir) throws IOException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!writable(dir)) return () -> Files.setPosixFilePermissions(dir, before);
        if (exec("chattr", "+i", dir.toString()) == 0 && !writable(dir)) {
            return () -> {
                exec("chattr", "-i", dir.toString());
                Files.setPosixFilePermissions(dir, before);
            };
        }
        Files.setPosixFilePermissions(dir, before);
        Assumptions.abort("cannot make a read-only folder here (running as root on a file system without chattr +i)");
        return null;
    }

    private static boolean writable(Path dir) {
        try {
            Files.delete(Files.createFile(dir.resolve(".probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int exec(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Every file and folder under {@code root} (hidden ones too), with a SHA-256 of each file. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) return out;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                String name = root.relativize(p).toString();
                out.put(name, Files.isDirectory(p) ? "dir" : HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The java of the JVM running the tests. */
    static String javaExecutable() {
        return ChildJvm.java();
    }

    /** The java command that runs BorderSim in a child JVM, with a user's class path. */
    static String[] childJava(String... args) {
        return ChildJvm.command(BorderSimCommand.class.getName(), args);
    }
}
