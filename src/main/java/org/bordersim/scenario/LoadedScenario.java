package org.bordersim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.bordersim.files.Json;

/**
 * A scenario as loaded: its records, the effective JSON (parents merged, overrides and defaults
 * applied, keys sorted) that the manifest records, and that JSON's SHA-256.
 */
public record LoadedScenario(Path file, Scenario scenario, JsonNode effective, String sha256) {

    /**
     * The same scenario with the command line's seed and replication count: the effective JSON
     * with the two values set, read back into records (so no code lists every component) and re-hashed.
     */
    public LoadedScenario withRun(long seed, int replications) {
        ObjectNode doc = (ObjectNode) effective.deepCopy();
        doc.put("seed", seed);
        doc.put("replications", replications);
        try {
            return new LoadedScenario(file, Json.STRICT.treeToValue(doc, Scenario.class), doc, Json.sha256(doc.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an effective scenario no longer reads as records", e);
        }
    }
}
