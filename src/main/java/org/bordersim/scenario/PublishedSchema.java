package org.bordersim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;

/**
 * A published JSON Schema (scenario files: {@code bordersim/scenario.schema.json}; sweep files:
 * {@code bordersim/sweep.schema.json}; portfolio files: {@code bordersim/portfolio.schema.json}): validation with JSON-pointer messages, the defaults it
 * declares, and the sub-schema at any instance pointer. It is the single source of truth for
 * types, ranges, units and defaults of its file format.
 */
public final class PublishedSchema {
    private static final PublishedSchema SCENARIO = new PublishedSchema("/bordersim/scenario.schema.json");
    private static final PublishedSchema SWEEP = new PublishedSchema("/bordersim/sweep.schema.json");
    private static final PublishedSchema PORTFOLIO = new PublishedSchema("/bordersim/portfolio.schema.json");
    private static final PublishedSchema CALIBRATION = new PublishedSchema("/bordersim/calibration.schema.json");

    private final String text;
    private final JsonNode root;
    private final JsonSchema validator;

    private PublishedSchema(String resource) {
        try (InputStream in = PublishedSchema.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            root = Json.STRICT.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
        validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
    }

    /** The scenario file format. */
    public static PublishedSchema scenario() {
        return SCENARIO;
    }

    /** The sweep file format. */
    public static PublishedSchema sweep() {
        return SWEEP;
    }

    /** The investment portfolio file format. */
    public static PublishedSchema portfolio() {
        return PORTFOLIO;
    }

    /** The calibration file format. */
    public static PublishedSchema calibration() {
        return CALIBRATION;
    }

    /** The schema as shipped, for {@code bordersim schema}. */
    public String text() {
        return text;
    }

    public JsonNode root() {
        return root;
    }

    /** Every schema violation of {@code doc}, as problems located by JSON pointer. */
    public List<Problem> validate(String file, JsonNode doc) {
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : validator.validate(doc)) {
            String pointer = m.getInstanceLocation().toString();
            if ("additionalProperties".equals(m.getType())) {
                String field = m.getProperty();
                String where = pointer.isEmpty() ? "" : pointer;
                problems.add(new Problem(file, where + "/" + field,
                        "unknown field '" + field + "'" + Suggestions.renamed(field)
                                .orElseGet(() -> Suggestions.didYouMean(field, knownFields(pointer)))));
            } else {
                problems.add(new Problem(file, pointer, explain(m)));
            }
        }
        problems.sort((a, b) -> a.where().compareTo(b.where()));
        return problems;
    }

    private static String explain(ValidationMessage m) {
        String text = m.getMessage();
        // networknt prefixes messages with the location; the Problem already carries it.
        String prefix = m.getInstanceLocation().toString() + ": ";
        if (text.startsWith(prefix)) text = text.substring(prefix.length());
        JsonNode found = m.getInstanceNode();
        if (found != null && !text.contains(" found") && !"required".equals(m.getType())) {
            String shown = found.isContainerNode() ? (found.isArray() ? "an array" : "an object") : found.toString();
            if (shown.length() > 60) shown = shown.substring(0, 57) + "...";
            text = text + ", found " + shown;
        }
        return text;
    }

    /** Field names the schema allows in the object at {@code pointer}, for "did you mean". */
    List<String> knownFields(String pointer) {
        JsonNode schema = schemaAt(pointer);
        List<String> names = new ArrayList<>();
        if (schema != null && schema.has("properties")) schema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The sub-schema describing the instance at a JSON pointer (array indices and {@code *}
     * both descend into {@code items}), or null if the schema does not describe that place.
     */
    public JsonNode schemaAt(String pointer) {
        JsonNode schema = resolve(root);
        if (pointer.isEmpty()) return schema;
        for (String token : pointer.substring(1).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (schema == null) return null;
            if (schema.has("properties") && schema.get("properties").has(key)) {
                schema = resolve(schema.get("properties").get(key));
            } else if (schema.has("items")) {
                schema = resolve(schema.get("items"));
            } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                schema = resolve(schema.get("additionalProperties"));
            } else {
                return null;
            }
        }
        return schema;
    }

    /** Follows a local {@code $ref}, keeping sibling keywords (such as {@code default}) of the referring node. */
    JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) return node;
        String ref = node.get("$ref").asText();
        if (!ref.startsWith("#/")) throw new IllegalStateException("only local $ref supported: " + ref);
        JsonNode target = root.at(ref.substring(1));
        ObjectNode merged = ((ObjectNode) resolve(target)).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("$ref")) merged.set(e.getKey(), e.getValue());
        }
        return merged;
    }

    /**
     * Fills every absent field that the schema gives a default, recursively through objects and
     * arrays. Defaults are applied only after validation, so a default never hides an error.
     */
    public void applyDefaults(JsonNode doc) {
        applyDefaults(resolve(root), doc);
    }

    private void applyDefaults(JsonNode schema, JsonNode doc) {
        if (schema == null) return;
        if (doc instanceof ObjectNode obj && schema.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode propSchema = resolve(e.getValue());
                if (!obj.has(e.getKey()) && propSchema.has("default")) {
                    obj.set(e.getKey(), propSchema.get("default").deepCopy());
                }
                if (obj.has(e.getKey())) applyDefaults(propSchema, obj.get(e.getKey()));
            }
        } else if (doc instanceof ArrayNode arr && schema.has("items")) {
            JsonNode itemSchema = resolve(schema.get("items"));
            for (JsonNode item : arr) applyDefaults(itemSchema, item);
        }
    }
}
