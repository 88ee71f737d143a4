package org.bordersim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;

/** Test scenarios: the files under src/test/resources/scenarios, and scenarios written on the fly. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static Path resource(String relative) {
        try {
            return Path.of(TestScenarios.class.getResource("/scenarios/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shipped scenario's absolute path as it must appear inside a JSON string (forward slashes). */
    public static String shippedJsonPath(String name) {
        return shipped(name).toAbsolutePath().toString().replace("\\", "/");
    }

    /** The repository's shipped scenarios folder. */
    public static Path shipped(String name) {
        return Path.of("scenarios", name);
    }

    public static PreparedScenario prepare(Path file) {
        try {
            return PreparedScenario.load(file);
        } catch (InputException e) {
            throw new AssertionError("test scenario is invalid:\n" + e.getMessage(), e);
        }
    }

    /** Writes {@code json} as {@code name} in {@code dir} and loads it. */
    public static PreparedScenario prepare(Path dir, String name, String json) {
        return prepare(write(dir, name, json));
    }

    /**
     * Writes a child scenario {@code name} in {@code dir} that extends {@code parent} and adds the
     * given top-level JSON members (e.g. {@code "\"overrides\": {...}"}); returns its path.
     */
    public static Path extending(Path dir, String name, Path parent, String members) {
        String parentPath = parent.toAbsolutePath().toString().replace("\\", "/");
        return write(dir, name, "{\"extends\": \"" + parentPath + "\"" + (members.isEmpty() ? "" : ", " + members) + "}");
    }

    public static Path write(Path dir, String name, String json) {
        try {
            return Files.writeString(dir.resolve(name), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one results folder under {@code root} (hidden folders aside); fails if there is not exactly one. */
    public static Path onlyFolderIn(Path root) {
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
            java.util.List<Path> dirs = s.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            org.junit.jupiter.api.Assertions.assertEquals(1, dirs.size(), dirs.toString());
            return dirs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
