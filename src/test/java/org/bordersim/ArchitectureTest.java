package org.bordersim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE.md, checked on the sources: which feature may use which,
 * and that randomness never comes from anywhere but the model's generator.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/bordersim");

    /**
     * Which packages each package may use (docs/ARCHITECTURE.md's table). An allow-list: a package
     * missing here fails the test from its first commit, so every new room states its neighbours.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("files", Set.of()),
            Map.entry("metrics", Set.of()),
            Map.entry("stats", Set.of()),
            Map.entry("scenario", Set.of("files")),
            Map.entry("geo", Set.of("files", "scenario")),
            Map.entry("world", Set.of("files", "scenario", "geo")),
            Map.entry("model", Set.of("scenario", "world", "metrics")),
            Map.entry("design", Set.of("metrics")),
            Map.entry("output", Set.of("files")),
            Map.entry("experiment", Set.of("files", "scenario", "world", "model", "metrics", "stats")),
            Map.entry("sweep", Set.of("files", "scenario", "world", "metrics", "stats", "design", "output", "experiment")),
            Map.entry("invest", Set.of("files", "scenario", "metrics", "stats", "output", "experiment", "sweep")),
            Map.entry("report", Set.of("files", "scenario", "world", "metrics", "stats", "design", "output", "experiment", "sweep",
                    "invest", "calibrate")),
            Map.entry("eval", Set.of("files", "scenario", "world", "metrics", "experiment")),
            Map.entry("calibrate", Set.of("files", "scenario", "world", "metrics", "stats", "output", "experiment")),
            // The studio draws the map and words differences as the reports do (report), over the experiment's functions.
            Map.entry("gui", Set.of("files", "scenario", "world", "model", "metrics", "experiment")),
            Map.entry("studio", Set.of("files", "scenario", "world", "model", "metrics", "stats", "output", "experiment", "sweep", "invest",
                    "report")),
            Map.entry("cli", Set.of("files", "scenario", "world", "metrics", "stats", "design", "output", "experiment", "sweep",
                    "report", "eval", "invest", "studio", "gui", "calibrate")),
            // Spark's entry point is the sweep command with another engine: one folder, journal and report.
            Map.entry("spark", Set.of("files", "output", "sweep", "cli")));

    private static final java.util.regex.Pattern USE = java.util.regex.Pattern.compile("org\\.bordersim\\.([a-z]+)\\.");

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
    void everyPackageIsOnTheAllowList() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            List<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
            List<String> missing = packages.stream().filter(p -> !ALLOWED.containsKey(p)).toList();
            assertEquals(List.of(), missing, "packages without a line in ALLOWED (and in docs/ARCHITECTURE.md)");
        }
    }

    @Test
    void featuresOnlyUseThePackagesTheyMay() {
        List<String> violations = new ArrayList<>();
        ALLOWED.forEach((pkg, allowed) -> {
            for (Path file : sources(pkg)) {
                java.util.regex.Matcher m = USE.matcher(read(file));
                while (m.find()) {
                    String other = m.group(1);
                    if (!other.equals(pkg) && !allowed.contains(other)) violations.add(file + " uses " + other);
                }
            }
        });
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void theHeadlessCoreNeverTouchesSwingOrAwt() {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("files", "scenario", "world", "model", "metrics", "design", "output", "experiment", "sweep", "stats")) {
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
        for (String pkg : ALLOWED.keySet()) {
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
        for (String pkg : ALLOWED.keySet()) {
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
