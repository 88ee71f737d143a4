package org.bordersim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.JsonFiles;
import org.bordersim.files.Problem;

/**
 * Turns a scenario file into a {@link LoadedScenario}: parse strictly, resolve {@code extends}
 * and {@code overrides}, validate against the schema, apply defaults, map to records, and run
 * the cross-field checks the schema cannot express. Any problem ends in a
 * {@link InputException} that lists every problem found at that stage.
 */
public final class ScenarioLoader {
    /** Longest chain of {@code extends}; deeper chains are almost surely a mistake. */
    public static final int MAX_EXTENDS_DEPTH = 16;

    private final PublishedSchema schema = PublishedSchema.scenario();

    public LoadedScenario load(Path file) throws InputException {
        return template(file).with(Map.of());
    }

    /**
     * The scenario file resolved ({@code extends}, {@code overrides}), validated and defaulted,
     * ready to take a sweep's settings. Loading it with no settings is {@link #load(Path)}.
     */
    /**
     * The base scenario another file names at {@code /scenario} (a sweep, a portfolio): missing, or
     * invalid, it is reported under that file's {@code /scenario}.
     *
     * @param shown the naming file, as problems show it
     * @param named the name as written in that file
     */
    public static ScenarioTemplate base(String shown, String named, Path scenarioFile) throws InputException {
        if (!Files.isRegularFile(scenarioFile)) {
            throw new InputException(new Problem(shown, "/scenario",
                    "base scenario '" + named + "' not found (looked for " + scenarioFile + ")"));
        }
        try {
            return new ScenarioLoader().template(scenarioFile);
        } catch (InputException e) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) problems.add(new Problem(shown, "/scenario", "the base scenario is invalid: " + p.describe()));
            throw new InputException(problems);
        }
    }

    public ScenarioTemplate template(Path file) throws InputException {
        String shown = file.toString();
        ObjectNode doc = resolveExtends(file, shown, shown, new LinkedHashSet<>());
        if (doc.has("design") && doc.has("parameters") && !doc.has("groups")) {
            throw new InputException(new Problem(shown, "", "this is a sweep file, not a scenario; run it with "
                    + "'bordersim sweep " + shown + "' (or give 'run' the scenario it names)"));
        }
        List<Problem> problems = schema.validate(shown, doc);
        if (!problems.isEmpty()) throw new InputException(problems);
        schema.applyDefaults(doc);
        return new ScenarioTemplate(file, doc);
    }

    /** Maps a validated, defaulted document to records and runs the cross-field checks. */
    static LoadedScenario finish(Path file, ObjectNode doc) throws InputException {
        String shown = file.toString();
        Scenario scenario;
        try {
            scenario = Json.STRICT.treeToValue(doc, Scenario.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The schema should make this unreachable; report it as an input problem all the same.
            throw new InputException(new Problem(shown, "", "cannot be read as a scenario: " + e.getMessage()));
        }
        List<Problem> problems = ScenarioChecks.check(shown, scenario);
        if (!problems.isEmpty()) throw new InputException(problems);
        JsonNode canonical = Json.canonical(doc);
        Map<String, String> mapData = GeoPaths.digests(file, scenario.map().geo());
        return new LoadedScenario(file, scenario, canonical, mapData, LoadedScenario.hash(canonical, mapData));
    }

    /** {@code given} is the file the user named: a chain too deep is reported there, where it can be seen. */
    private ObjectNode resolveExtends(Path file, String shown, String given, Set<Path> chain) throws InputException {
        Path normal = file.toAbsolutePath().normalize();
        if (!chain.add(normal)) {
            throw new InputException(new Problem(shown, "/extends",
                    "'extends' forms a cycle: " + String.join(" -> ", chain.stream().map(Path::toString).toList())
                            + " -> " + normal));
        }
        // The file given plus MAX_EXTENDS_DEPTH parents is the longest chain allowed.
        if (chain.size() > MAX_EXTENDS_DEPTH + 1) {
            throw new InputException(new Problem(given, "/extends",
                    "more than " + MAX_EXTENDS_DEPTH + " levels of 'extends' (the chain goes on past " + shown + ")"));
        }
        ObjectNode doc = JsonFiles.readObject(file, shown);
        JsonNode parentName = doc.remove("extends");
        JsonNode overrides = doc.remove("overrides");
        Path here = normal.getParent();
        Path top = Path.of(given).toAbsolutePath().normalize().getParent();
        GeoPaths.rebase(doc, "", here, top);
        if (overrides != null && overrides.isObject()) {
            ObjectNode o = (ObjectNode) overrides;
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) o.set(key, GeoPaths.rebaseValue(o.get(key), key, here, top));
        }
        if (parentName != null) {
            if (!parentName.isTextual() || parentName.asText().isBlank()) {
                throw new InputException(new Problem(shown, "/extends", "expected a file name (string)"));
            }
            Path parentFile = file.toAbsolutePath().getParent().resolve(parentName.asText());
            if (!Files.isRegularFile(parentFile)) {
                throw new InputException(new Problem(shown, "/extends",
                        "parent scenario '" + parentName.asText() + "' not found (looked for " + parentFile + ")"));
            }
            ObjectNode parent = resolveExtends(parentFile, parentFile.toString(), given, chain);
            doc = (ObjectNode) JsonMerge.mergePatch(parent, doc);
        }
        if (overrides != null) {
            if (!overrides.isObject()) {
                throw new InputException(new Problem(shown, "/overrides",
                        "expected an object of JSON pointer -> value"));
            }
            List<Problem> problems = new ArrayList<>();
            // Defaults first, so an override can reach a field the files leave at its default
            // (such as /blos/0/conditions/communications); validation still checks the result.
            schema.applyDefaults(doc);
            JsonMerge.applyOverrides(doc, (ObjectNode) overrides, shown, problems);
            if (!problems.isEmpty()) throw new InputException(problems);
        }
        chain.remove(normal);
        return doc;
    }
}
