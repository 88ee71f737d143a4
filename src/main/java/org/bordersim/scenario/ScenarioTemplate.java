package org.bordersim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;

/**
 * A scenario file resolved, validated and defaulted, from which variants are made by setting
 * values at JSON pointers (a sweep's points). Every variant is validated again, so a setting
 * can never smuggle in a value the schema or the cross-field checks refuse.
 */
public final class ScenarioTemplate {
    private final Path file;
    private final ObjectNode doc;

    ScenarioTemplate(Path file, ObjectNode doc) {
        this.file = file;
        this.doc = doc;
    }

    public Path file() {
        return file;
    }

    /** The resolved, defaulted scenario document (a copy): a self-contained equivalent of the file. */
    public ObjectNode document() {
        return doc.deepCopy();
    }

    /** Whether {@link #with} can set {@code pointer}: its parent exists (and, in arrays, its element). */
    public boolean addresses(String pointer) {
        return JsonMerge.addresses(doc, pointer);
    }

    /** The concrete pointers {@code pointer} ({@code *} allowed) stands for, with their values, in document order. */
    public Map<String, JsonNode> matches(String pointer) {
        return JsonMerge.matches(doc, pointer);
    }

    /**
     * The scenario with each {@code pointer -> value} set ({@code *} covers every array element).
     * Problems name the scenario file and the pointer set.
     */
    public LoadedScenario with(Map<String, JsonNode> settings) throws InputException {
        String shown = file.toString();
        if (settings.isEmpty()) return ScenarioLoader.finish(file, doc.deepCopy());
        ObjectNode variant = doc.deepCopy();
        List<Problem> problems = new ArrayList<>();
        ObjectNode overrides = Json.STRICT.createObjectNode();
        settings.forEach(overrides::set);
        JsonMerge.applyOverrides(variant, overrides, shown, problems);
        if (!problems.isEmpty()) throw new InputException(problems);
        PublishedSchema schema = PublishedSchema.scenario();
        problems = schema.validate(shown, variant);
        if (!problems.isEmpty()) throw new InputException(problems);
        schema.applyDefaults(variant);
        return ScenarioLoader.finish(file, variant);
    }
}
