package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad scenario, sweep and calibration files (src/test/resources/invalid-inputs.txt), each through
 * the real command line: exit status 2, a message naming the file, the JSON pointer (or line and
 * column) and what was expected, no stack trace, and nothing created under the output folder.
 */
class InvalidInputTest {
    private static final Path RESOURCES = TestScenarios.resource("").getParent();
    private static final int MINIMUM_CORPUS = 60;

    @TempDir
    Path dir;

    record BadInput(String file, String where, String expected) {
        Path path() {
            return RESOURCES.resolve(file);
        }

        boolean isSweep() {
            return file.startsWith("sweeps/");
        }

        boolean isCalibration() {
            return file.startsWith("calibrations/");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<BadInput> corpus() throws IOException {
        List<BadInput> out = new ArrayList<>();
        for (String line : Files.readAllLines(RESOURCES.resolve("invalid-inputs.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\\|");
            out.add(new BadInput(f[0].trim(), f[1].trim(), f[2].trim()));
        }
        return out;
    }

    @Test
    void theCorpusListsEveryInvalidFileAndIsLargeEnough() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (BadInput b : corpus()) assertTrue(listed.add(b.file()), "listed twice: " + b.file());
        Set<String> present = new TreeSet<>();
        for (String folder : List.of("scenarios/invalid", "sweeps/invalid", "calibrations/invalid")) {
            try (Stream<Path> files = Files.list(RESOURCES.resolve(folder))) {
                files.forEach(p -> present.add(folder + "/" + p.getFileName()));
            }
        }
        assertEquals(present, listed, "invalid-inputs.txt and the invalid folders must agree");
        assertTrue(listed.size() >= MINIMUM_CORPUS, listed.size() + " bad inputs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badInputGetsAClearErrorAndCreatesNothing(BadInput bad) {
        String file = bad.path().toString();
        Path out = dir.resolve("out");
        List<String[]> commands = bad.isCalibration()
                ? List.of(new String[] {"calibrate", file, "--out", out.toString(), "--quiet"}, new String[] {"validate", file})
                : bad.isSweep()
                ? List.of(new String[] {"sweep", file, "--out", out.toString(), "--quiet"}, new String[] {"validate", file})
                : List.of(new String[] {"run", file, "--out", out.toString(), "--quiet"}, new String[] {"validate", file},
                        new String[] {"compare", RESOURCES.resolve("scenarios/valid/corridor.json").toString(), file,
                                "--out", out.toString(), "--quiet"});
        for (String[] command : commands) {
            CliRunner.Outcome o = CliRunner.run(command);
            String what = command[0] + " " + bad.file() + "\n" + o.err();
            assertEquals(2, o.exit(), "exit status of " + what);
            assertTrue(o.err().contains(bad.path().getFileName().toString()), "names the file: " + what);
            assertTrue(o.err().contains(": " + bad.where() + (bad.where().startsWith("/") ? ": " : "")),
                    "names the place '" + bad.where() + "': " + what);
            assertTrue(o.err().contains(bad.expected()), "says '" + bad.expected() + "': " + what);
            assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + what);
            for (String internal : List.of("[Source", "REDACTED", "StreamReadConstraints", "org.bordersim.", "com.fasterxml")) {
                assertFalse(o.err().contains(internal), "no parser internals (" + internal + "): " + what + ": " + o.err());
            }
            assertFalse(Files.exists(out), "nothing created under the output folder: " + what);
        }
    }
}
