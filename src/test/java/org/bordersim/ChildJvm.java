package org.bordersim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * BorderSim in a child JVM, with the class path a user's jar has: the main classes and the
 * runtime dependencies, which Maven lists in target/runtime-classpath.txt. The test class path
 * would also bring Spark (a provided dependency) and its logging, which a user never has.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static String classPath() {
        Path list = Path.of("target", "runtime-classpath.txt");
        try {
            String deps = Files.readString(list, StandardCharsets.UTF_8).strip();
            return Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + deps;
        } catch (IOException e) {
            throw new UncheckedIOException("no " + list + ": run the tests through Maven (mvn test), which writes it", e);
        }
    }

    /** The command that runs {@code mainClass} with {@code args} headless. */
    public static String[] command(String mainClass, String... args) {
        String[] head = {java(), "-Djava.awt.headless=true", "-cp", classPath(), mainClass};
        String[] all = new String[head.length + args.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(args, 0, all, head.length, args.length);
        return all;
    }
}
