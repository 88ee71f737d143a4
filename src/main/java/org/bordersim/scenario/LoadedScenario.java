package org.bordersim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.bordersim.files.Json;

/**
 * A scenario as loaded: its records, the effective JSON (parents merged, overrides and defaults
 * applied, keys sorted) that the manifest records, the SHA-256 of each data file a map from geography reads
 * ({@code mapData}, by the name the scenario gives it; empty for other maps), and the scenario's SHA-256: of that
 * JSON and, when there are data files, of their digests too, so that changed data never passes for the same scenario.
 */
public record LoadedScenario(Path file, Scenario scenario, JsonNode effective, Map<String, String> mapData, String sha256) {
    public LoadedScenario {
        mapData = Collections.unmodifiableMap(new TreeMap<>(mapData));
    }

    /** The scenario's hash: its effective JSON, then each data file's name and digest, in name order. */
    static String hash(JsonNode effective, Map<String, String> mapData) {
        StringBuilder text = new StringBuilder(effective.toString());
        new TreeMap<>(mapData).forEach((name, digest) -> text.append('\n').append(name).append(' ').append(digest));
        return Json.sha256(text.toString());
    }

    /**
     * The same scenario with the command line's seed and replication count: the effective JSON
     * with the two values set, read back into records (so no code lists every component) and re-hashed.
     */
    public LoadedScenario withRun(long seed, int replications) {
        ObjectNode doc = (ObjectNode) effective.deepCopy();
        doc.put("seed", seed);
        doc.put("replications", replications);
        try {
            return new LoadedScenario(file, Json.STRICT.treeToValue(doc, Scenario.class), doc, mapData, hash(doc, mapData));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an effective scenario no longer reads as records", e);
        }
    }
}
