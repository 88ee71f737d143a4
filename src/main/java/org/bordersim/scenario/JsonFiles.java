package org.bordersim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the project's JSON input files (scenarios, sweeps) with problems that say where. */
public final class JsonFiles {
    private JsonFiles() {
    }

    /**
     * Reads a file that must hold one JSON object: strict UTF-8, a leading BOM tolerated, no
     * duplicate keys or trailing content; syntax errors are located by line and column.
     */
    public static ObjectNode readObject(Path file, String shown) throws ScenarioException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(shown, "", "file not found"));
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new Problem(shown, "", "not valid UTF-8 text; save the file as UTF-8"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(shown, "", "cannot be read: " + e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        JsonNode node;
        try {
            node = Json.STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ScenarioException(new Problem(shown, where, "invalid JSON: " + e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw new ScenarioException(new Problem(shown, "", "empty file; expected a JSON object"));
        }
        if (!node.isObject()) {
            throw new ScenarioException(new Problem(shown, "", "expected a JSON object at the top level, found "
                    + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ObjectNode) node;
    }

}
