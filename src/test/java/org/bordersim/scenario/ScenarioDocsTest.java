package org.bordersim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/SCENARIOS.md documents exactly the fields, units, defaults and ranges the schema enforces. */
class ScenarioDocsTest {
    @Test
    void fieldReferenceIsTheOneGeneratedFromTheSchema() throws IOException {
        String doc = Files.readString(Path.of("docs/SCENARIOS.md"));
        int begin = doc.indexOf(ScenarioDocs.BEGIN);
        int end = doc.indexOf(ScenarioDocs.END);
        assertTrue(begin >= 0 && end > begin, "docs/SCENARIOS.md lacks the generated section markers");
        assertEquals(ScenarioDocs.markdown(), doc.substring(begin, end + ScenarioDocs.END.length()) + "\n",
                "regenerate with: ./bordersim schema --markdown (and paste over the section)");
    }

    @Test
    void sweepFieldReferenceIsTheOneGeneratedFromTheSweepSchema() throws IOException {
        String doc = Files.readString(Path.of("docs/EXPERIMENTS.md"));
        int begin = doc.indexOf(ScenarioDocs.BEGIN);
        int end = doc.indexOf(ScenarioDocs.END);
        assertTrue(begin >= 0 && end > begin, "docs/EXPERIMENTS.md lacks the generated section markers");
        assertEquals(ScenarioDocs.markdown(PublishedSchema.sweep()), doc.substring(begin, end + ScenarioDocs.END.length()) + "\n",
                "regenerate with: ./bordersim schema --sweep --markdown (and paste over the section)");
    }

    @Test
    void calibrationFieldReferenceIsTheOneGeneratedFromTheCalibrationSchema() throws IOException {
        String doc = Files.readString(Path.of("docs/EXPERIMENTS.md"));
        int section = doc.indexOf("## Calibration file reference");
        int begin = doc.indexOf(ScenarioDocs.BEGIN, section);
        int end = doc.indexOf(ScenarioDocs.END, section);
        assertTrue(section >= 0 && begin > section && end > begin, "docs/EXPERIMENTS.md lacks the calibration reference and its markers");
        assertEquals(ScenarioDocs.markdown(PublishedSchema.calibration()), doc.substring(begin, end + ScenarioDocs.END.length()) + "\n",
                "regenerate with: ./bordersim schema --calibration --markdown (and paste over the section)");
    }

    @Test
    void portfolioFieldReferenceIsTheOneGeneratedFromThePortfolioSchema() throws IOException {
        String doc = Files.readString(Path.of("docs/DONORS.md"));
        int begin = doc.indexOf(ScenarioDocs.BEGIN);
        int end = doc.indexOf(ScenarioDocs.END);
        assertTrue(begin >= 0 && end > begin, "docs/DONORS.md lacks the generated section markers");
        assertEquals(ScenarioDocs.markdown(PublishedSchema.portfolio()), doc.substring(begin, end + ScenarioDocs.END.length()) + "\n",
                "regenerate with: ./bordersim schema --portfolio --markdown (and paste over the section)");
    }

    @Test
    void everyNumericFieldHasAUnitAndABoundedRange() {
        for (String line : ScenarioDocs.markdown().split("\n")) {
            if (!line.startsWith("| `/")) continue;
            String[] cells = line.split(" \\| ");
            boolean numeric = cells[1].equals("number") || cells[1].equals("integer") || cells[1].matches("one of `\\d.*");
            if (!numeric) continue;
            assertTrue(!cells[2].isBlank(), "no unit: " + line);
            assertTrue(cells[1].startsWith("one of") || cells[4].contains("≤"), "no upper bound: " + line);
        }
    }

    @Test
    void everyLeafFieldHasADescription() {
        for (String line : ScenarioDocs.markdown().split("\n")) {
            if (!line.startsWith("| `/")) continue;
            String[] cells = line.split(" \\| ");
            assertTrue(!cells[cells.length - 1].replace("|", "").isBlank(), "no description: " + line);
        }
    }
}
