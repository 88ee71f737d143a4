package org.bordersim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bordersim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are safe to e-mail: every text that comes from a scenario or sweep file is escaped (a
 * hostile description, group name or BLO name never becomes markup), and report.html needs
 * nothing outside itself (images embedded, no scripts, no links to fetch).
 */
class SharedReportTest {
    private static final String HOSTILE = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)> & ünïcode";
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern SRC = Pattern.compile("(?i)\\s(src|href)\\s*=\\s*[\"']?([^\"' >]*)");

    @TempDir
    Path dir;

    @Test
    void hostileScenarioTextIsEscapedAndEveryReportIsSelfContained() throws Exception {
        Path corridor = TestScenarios.resource("valid/corridor.json");
        Path hostile = TestScenarios.extending(dir, "hostile.json", corridor, """
                "name": "hostile", "description": "%s",
                "overrides": {"/groups/0/name": "g<b>old</b>", "/blos/0/name": "A<i>side</i>&co"}""".formatted(HOSTILE));
        Path sweep = TestScenarios.write(dir, "sweep.json", """
                {"name": "hostile-sweep", "description": "%s", "scenario": "hostile.json", "replications": 2,
                 "design": {"type": "factorial"}, "outputs": ["kg_seized"],
                 "parameters": [{"name": "staff", "pointer": "/blos/*/staffing", "values": [1, 2]}]}
                """.formatted(HOSTILE));
        Path root = dir.resolve("out");
        for (String[] args : List.of(
                new String[] {"run", hostile.toString(), "--reps", "2"},
                new String[] {"compare", corridor.toString(), hostile.toString(), "--reps", "2"},
                new String[] {"sweep", sweep.toString()})) {
            String[] full = Stream.concat(Stream.of(args), Stream.of("--out", root.toString(), "--quiet")).toArray(String[]::new);
            CliRunner.Outcome o = CliRunner.run(full);
            assertEquals(0, o.exit(), String.join(" ", full) + "\n" + o.err());
        }
        List<Path> reports;
        try (Stream<Path> s = Files.walk(root)) {
            reports = s.filter(p -> p.getFileName().toString().equals("report.html")).toList();
        }
        assertEquals(3, reports.size(), reports.toString());
        for (Path report : reports) {
            String html = Files.readString(report);
            String which = root.relativize(report).toString();
            assertFalse(html.contains("<script") || html.contains("<img src=x") || html.contains("<b>old") || html.contains("<i>side"),
                    which + ": scenario text became markup");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), which + ": the description is shown, escaped");
            assertTrue(html.contains("ünïcode"), which + ": non-ASCII text survives");
            assertFalse(html.toLowerCase().contains("<link") || html.toLowerCase().contains("@import")
                    || html.toLowerCase().contains("url(http"), which + ": no external style sheets");
            int embedded = 0;
            for (Matcher tag = TAG.matcher(html); tag.find(); ) {
                for (Matcher m = SRC.matcher(tag.group()); m.find(); ) {
                    String target = m.group(2);
                    if (m.group(1).equalsIgnoreCase("src")) {
                        assertTrue(target.startsWith("data:image/png;base64,"), which + ": an image not embedded: " + target);
                        embedded++;
                    } else {
                        assertFalse(target.matches("(?i)(https?:|//|file:).*"), which + ": a link to fetch: " + target);
                    }
                }
            }
            assertTrue(embedded >= 1, which + ": charts are embedded (" + embedded + ")");
        }
    }
}
