package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of bad input, through the real command line: exit status 2, one message per problem
 * naming the file and the JSON pointer (or line and column) and what was expected, no stack
 * trace, and nothing written under the output root.
 */
class InvalidInputTest {
    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "syntax-error.json              | line 4, column 3          | invalid JSON",
            "duplicate-key.json             | line 3                    | Duplicate field 'name'",
            "truncated.json                 | line 1                    | invalid JSON",
            "latin1-encoding.json           | (whole file)              | not valid UTF-8",
            "wrong-type.json                | /blos/1/staffing          | integer",
            "negative-staffing.json         | /blos/1/staffing          | minimum value of 0, found -3",
            "out-of-range.json              | /groups/0/concealment     | maximum value of 1, found 1.5",
            "unknown-field.json             | /blos/0/staffng           | did you mean 'staffing'?",
            "unknown-top-field.json         | /replicatons              | did you mean 'replications'?",
            "missing-required.json          | (whole file)              | groups",
            "missing-parent.json            | /extends                  | not found",
            "cycle-a.json                   | /extends                  | cycle",
            "override-addresses-nothing.json| /overrides/~1blos~19~1staffing | addresses nothing",
            "no-border.json                 | /map                      | only one country",
            "unreachable-destination.json   | /groups/0/destination     | no route reaches the destination",
            "unknown-crossing.json          | /blos/0/crossing          | no crossing 'X9'; the map has X1",
            "crossing-off-border.json       | /map/ascii/terrain/0      | not on the border",
            "unknown-map-character.json     | /map/ascii/terrain/0      | unknown terrain character '?' at column 2",
            "shipment-min-above-max.json    | /groups/0/shipmentSize    | must not exceed max",
            "zone-off-map.json              | /groups/0/origin/cells/0  | off the map",
            "map-too-large.json             | /map/generator/width      | maximum value of 2000",
            "bad-name-path.json             | /name                     | pattern",
            "too-many-cost-fields.json      | /groups                   | the limit is 50000000",
            "agencies-mismatch.json         | /blos/0/agencies          | adds up to 3, but the BLO's staffing is 2",
            "unknown-sharing.json           | /intelligence/sharing     | does not have a value in the enumeration",
    })
    void badInputGetsAClearErrorAndWritesNothing(String file, String where, String expected) throws IOException {
        Path scenario = TestScenarios.resource("invalid/" + file);
        for (String command : new String[] {"run", "validate"}) {
            CliRunner.Outcome o = command.equals("run")
                    ? CliRunner.run("run", scenario.toString(), "--out", out.toString(), "--quiet")
                    : CliRunner.run("validate", scenario.toString());
            assertEquals(2, o.exit(), command + " exit status; stderr: " + o.err());
            assertTrue(o.err().contains(file), "names the file: " + o.err());
            assertTrue(o.err().contains(where), "names the place '" + where + "': " + o.err());
            assertTrue(o.err().contains(expected), "says '" + expected + "': " + o.err());
            assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        }
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(0, written.count(), "nothing written under the output root");
        }
    }
}
