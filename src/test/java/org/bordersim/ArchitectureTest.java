package org.bordersim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, checked on the sources: which feature may use which,
 * and that randomness never comes from anywhere but the model's generator.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/bordersim");

    /** Packages each feature must not import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "scenario", List.of("world", "model", "metrics", "experiment", "stats", "report", "gui", "cli", "spark"),
            "world", List.of("model", "metrics", "experiment", "stats", "report", "gui", "cli", "spark"),
            "metrics", List.of("scenario", "world", "model", "experiment", "stats", "report", "gui", "cli", "spark"),
            "model", List.of("experiment", "stats", "report", "gui", "cli", "spark"),
            "stats", List.of("scenario", "world", "model", "metrics", "experiment", "report", "gui", "cli", "spark"),
            "experiment", List.of("report", "gui", "cli", "spark"),
            "report", List.of("model", "gui", "cli", "spark"));

    private static List<Path> sources(String pkg) {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void featuresOnlyUseThePackagesTheyMay() {
        List<String> violations = new ArrayList<>();
        FORBIDDEN.forEach((pkg, banned) -> {
            for (Path file : sources(pkg)) {
                String text = read(file);
                for (String other : banned) {
                    if (text.contains("import org.bordersim." + other + ".") || text.contains("org.bordersim." + other + ".")) {
                        violations.add(file + " uses " + other);
                    }
                }
            }
        });
        assertEquals(List.of(), violations);
    }

    @Test
    void theHeadlessCoreNeverTouchesSwingOrAwt() {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("scenario", "world", "model", "metrics", "experiment", "stats")) {
            for (Path file : sources(pkg)) {
                String text = read(file);
                if (text.contains("import javax.swing") || text.contains("import java.awt") || text.contains("sim.display")) {
                    violations.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void noRandomnessOutsideTheModelsGenerator() {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("scenario", "world", "model", "metrics", "experiment", "stats", "report", "cli")) {
            for (Path file : sources(pkg)) {
                String text = read(file);
                if (text.contains("Math.random") || text.contains("java.util.Random") || text.contains("new Random(")
                        || text.contains("ThreadLocalRandom") || text.contains("SplittableRandom")) {
                    violations.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /**
     * Loading JSON never instantiates a class the input names: no default typing, no type ids, and
     * the records Jackson fills hold no field of type Object (which type ids could fill).
     */
    @Test
    void jsonInputNeverChoosesWhatClassIsMade() {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("scenario", "world", "model", "metrics", "experiment", "stats", "report", "cli")) {
            for (Path file : sources(pkg)) {
                String text = read(file);
                for (String risky : List.of("DefaultTyping", "JsonTypeInfo", "JsonSubTypes", "PolymorphicTypeValidator",
                        "enableDefaultTypingAsProperty")) {
                    if (text.contains(risky)) violations.add(file + ": " + risky);
                }
                if (pkg.equals("scenario") && text.matches("(?s).*public record \\w+\\([^)]*\\bObject\\s+\\w+.*")) {
                    violations.add(file + ": a record component of type Object");
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
