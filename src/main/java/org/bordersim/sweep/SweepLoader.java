package org.bordersim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bordersim.design.FactorialDesign;
import org.bordersim.design.LatinHypercubeDesign;
import org.bordersim.design.ListDesign;
import org.bordersim.design.MorrisDesign;
import org.bordersim.design.SaltelliDesign;
import org.bordersim.design.SweepDesign;
import org.bordersim.design.SweepParameter;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.JsonFiles;
import org.bordersim.files.Problem;
import org.bordersim.metrics.Metric;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.world.World;
import org.bordersim.scenario.PublishedSchema;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.scenario.ScenarioTemplate;
import org.bordersim.scenario.Suggestions;

/**
 * Reads a sweep file: validates it against the published sweep schema, loads the base scenario,
 * and checks before any run starts that every pointer addresses something and that every listed
 * value and both ends of every range give a valid scenario. Problems name the sweep file and
 * the JSON pointer inside it.
 */
public final class SweepLoader {
    /** Pointers the sweep owns itself: every run's seed and the replications per point. */
    private static final Set<String> RESERVED = Set.of("/seed", "/replications");

    private SweepLoader() {
    }

    /**
     * Loads and checks a sweep file, in named steps: the file against the sweep schema, its
     * parameters and outputs, the base scenario, the fixed settings, every listed value and range
     * end, then the design and the sweep's identity. Each step that finds problems stops with all
     * of them, each named by the sweep file and the pointer inside it.
     *
     * @param file the sweep file
     * @return the sweep, ready to run
     * @throws InputException listing every problem of the first step that has any
     */
    public static Sweep load(Path file) throws InputException {
        String shown = file.toString();
        List<Problem> problems = new ArrayList<>();
        ObjectNode doc = readValidated(file, shown);
        List<SweepParameter> parameters = parameters(shown, doc.get("parameters"), problems);
        List<Metric> outputs = outputs(shown, doc.get("outputs"), problems);
        stopIf(problems);
        Path scenarioFile = file.resolveSibling(doc.get("scenario").asText());
        ScenarioTemplate template = ScenarioLoader.base(shown, doc.get("scenario").asText(), scenarioFile);
        Map<String, JsonNode> set = fixedSettings(shown, doc, template, scenarioFile, problems);
        stopIf(problems);
        LoadedScenario base = null;
        try {
            base = template.with(set);
        } catch (InputException e) {
            for (Problem p : e.problems()) problems.add(new Problem(shown, "/set", "gives an invalid scenario: " + p.describe()));
        }
        checkParameterValues(shown, parameters, template, set, scenarioFile, problems);
        stopIf(problems);

        int replications = doc.get("replications").asInt();
        long seed = doc.get("seed").asLong();
        parameters = withNoiseFloor(doc.get("design").get("type").asText(), parameters);
        SweepDesign design = design(shown, doc.get("design"), parameters, replications, seed);
        JsonNode effective = Json.canonical(doc);
        return new Sweep(file, doc.get("name").asText(), doc.get("description").asText(), template, Map.copyOf(set),
                seed, replications, doc.get("commonRandomNumbers").asBoolean(), doc.get("design").get("bootstrap").asInt(),
                parameters, outputs, design, effective, base, identity(effective, base), places(template, base));
    }

    /**
     * The base map's crossing places; none if its map cannot be built (every point then fails, saying why). Built as
     * the scenario file's, so a map from geography finds its data beside the scenario, not beside the sweep.
     */
    private static List<String> places(ScenarioTemplate template, LoadedScenario base) {
        try {
            return World.build(template.file().toString(), base.scenario()).locationNames();
        } catch (InputException e) {
            return List.of();
        }
    }

    private static void stopIf(List<Problem> problems) throws InputException {
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    /** The file, checked against the sweep schema, with its defaults applied. */
    private static ObjectNode readValidated(Path file, String shown) throws InputException {
        ObjectNode doc = JsonFiles.readObject(file, shown);
        if (!doc.has("design") && !doc.has("scenario") && (doc.has("groups") || doc.has("map") || doc.has("extends"))) {
            throw new InputException(new Problem(shown, "", "this is a scenario, not a sweep file; run it with "
                    + "'bordersim run', or write a sweep whose \"scenario\" names it (docs/EXPERIMENTS.md)"));
        }
        PublishedSchema schema = PublishedSchema.sweep();
        stopIf(new ArrayList<>(schema.validate(shown, doc)));
        schema.applyDefaults(doc);
        return doc;
    }

    /** The settings every point shares ({@code set}): none reserved, each addressing something. */
    private static Map<String, JsonNode> fixedSettings(String shown, ObjectNode doc, ScenarioTemplate template, Path scenarioFile,
                                                       List<Problem> problems) {
        Map<String, JsonNode> set = new LinkedHashMap<>();
        doc.get("set").fields().forEachRemaining(e -> set.put(e.getKey(), e.getValue()));
        for (String pointer : set.keySet()) {
            if (RESERVED.contains(pointer)) {
                problems.add(new Problem(shown, "/set/" + escape(pointer), reservedMessage(pointer)));
            } else if (!template.addresses(pointer)) {
                problems.add(new Problem(shown, "/set/" + escape(pointer), "'" + pointer + "' " + nothing(scenarioFile)));
            }
        }
        return set;
    }

    private static String nothing(Path scenarioFile) {
        return "addresses nothing in the base scenario " + scenarioFile.getFileName();
    }

    /** Every parameter's pointer addresses something, and every listed value and range end gives a valid scenario. */
    private static void checkParameterValues(String shown, List<SweepParameter> parameters, ScenarioTemplate template,
                                             Map<String, JsonNode> set, Path scenarioFile, List<Problem> problems) {
        for (int i = 0; i < parameters.size(); i++) {
            SweepParameter p = parameters.get(i);
            String at = "/parameters/" + i;
            if (RESERVED.contains(p.pointer())) {
                problems.add(new Problem(shown, at + "/pointer", reservedMessage(p.pointer())));
                continue;
            }
            if (!template.addresses(p.pointer())) {
                problems.add(new Problem(shown, at + "/pointer", "'" + p.pointer() + "' " + nothing(scenarioFile)));
                continue;
            }
            List<JsonNode> check = p.valuesToCheck();
            for (int v = 0; v < check.size(); v++) {
                Map<String, JsonNode> one = new LinkedHashMap<>(set);
                one.put(p.pointer(), check.get(v));
                try {
                    template.with(one);
                } catch (InputException e) {
                    String where = at + (p.isRange() ? (v == 0 ? "/min" : "/max") : "/values/" + v);
                    problems.add(new Problem(shown, where, "value " + check.get(v) + " for " + p.pointer()
                            + " gives an invalid scenario: " + e.problems().get(0).describe()));
                    break;
                }
            }
        }
    }

    /** Sobol and Morris designs get an input that changes nothing: its indices are the noise floor the others are read against. */
    private static List<SweepParameter> withNoiseFloor(String designType, List<SweepParameter> parameters) {
        if (!designType.equals("sobol") && !designType.equals("morris")) return parameters;
        List<SweepParameter> out = new ArrayList<>(parameters);
        out.add(SweepParameter.noiseFloor());
        return out;
    }

    /**
     * The sweep's identity: its effective file without where the base scenario lives, and what the
     * base scenario says, so a copy that travels with its results (sweep.json + scenario.json) is the same sweep.
     */
    private static String identity(JsonNode effective, LoadedScenario base) {
        ObjectNode identity = (ObjectNode) effective.deepCopy();
        identity.remove("scenario");
        return Json.sha256(identity.toString() + "\n" + base.sha256());
    }

    private static String reservedMessage(String pointer) {
        return "the sweep sets " + pointer + " itself (use the sweep's 'seed' and 'replications' fields)";
    }

    private static List<SweepParameter> parameters(String shown, JsonNode array, List<Problem> problems) {
        List<SweepParameter> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            String at = "/parameters/" + i;
            String name = p.get("name").asText();
            if (!names.add(name)) problems.add(new Problem(shown, at + "/name", "duplicate parameter name '" + name + "'"));
            if (name.equals(SweepParameter.NOISE_FLOOR)) {
                problems.add(new Problem(shown, at + "/name", "'" + name + "' is the name of the inert input that Sobol and Morris "
                        + "designs add to show their noise floor; choose another name"));
            }
            if (SweepJournal.header(List.of(), List.of()).contains(name) || name.startsWith(Sweep.PLACE_PREFIX)) {
                problems.add(new Problem(shown, at + "/name", "'" + name + "' is already a column of runs.csv (an outcome, "
                        + "run, point, replication, seed, status, error, or crossings at a place); choose another name"));
            }
            boolean hasValues = p.has("values");
            boolean hasRange = p.has("min") || p.has("max");
            if (hasValues == hasRange) {
                problems.add(new Problem(shown, at, "give either 'values' (a list) or 'min' and 'max' (a range), not "
                        + (hasValues ? "both" : "neither")));
                continue;
            }
            if (hasRange) {
                if (!p.has("min") || !p.has("max")) {
                    problems.add(new Problem(shown, at + (p.has("min") ? "/max" : "/min"), "a range needs both 'min' and 'max'"));
                    continue;
                }
                double min = p.get("min").asDouble();
                double max = p.get("max").asDouble();
                if (!(min < max)) {
                    problems.add(new Problem(shown, at + "/max", "must be greater than min (" + min + "), found " + max));
                    continue;
                }
                // A range over a whole-number field (staffing, days) takes whole numbers, asked or not.
                JsonNode target = PublishedSchema.scenario().schemaAt(p.get("pointer").asText());
                boolean wholeField = target != null && "integer".equals(target.path("type").asText());
                out.add(new SweepParameter(name, p.get("pointer").asText(), null, min, max,
                        p.has("levels") ? p.get("levels").asInt() : null, p.get("integer").asBoolean() || wholeField));
            } else {
                if (p.has("levels")) problems.add(new Problem(shown, at + "/levels", "'levels' applies to a range (min, max), not to 'values'"));
                if (p.get("integer").asBoolean()) problems.add(new Problem(shown, at + "/integer", "'integer' applies to a range (min, max), not to 'values'"));
                List<JsonNode> values = new ArrayList<>();
                p.get("values").forEach(values::add);
                for (int v = 0; v < values.size(); v++) {
                    String text = SweepParameter.text(values.get(v));
                    if (!Problem.printable(text).equals(text)) {
                        problems.add(new Problem(shown, at + "/values/" + v, "a value with a line break or another control "
                                + "character cannot be one cell of a runs.csv row; write it without"));
                    }
                }
                out.add(new SweepParameter(name, p.get("pointer").asText(), values, 0, 0, null, false));
            }
        }
        return out;
    }

    private static List<Metric> outputs(String shown, JsonNode array, List<Problem> problems) {
        List<Metric> out = new ArrayList<>();
        List<String> known = Arrays.stream(Metric.values()).map(Metric::column).toList();
        for (int i = 0; i < array.size(); i++) {
            Metric m = Metric.byColumn(array.get(i).asText());
            if (m == null) {
                problems.add(new Problem(shown, "/outputs/" + i, "unknown output '" + array.get(i).asText() + "'"
                        + Suggestions.didYouMean(array.get(i).asText(), known) + "; outputs are the columns of runs.csv: "
                        + String.join(", ", known)));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static SweepDesign design(String shown, JsonNode d, List<SweepParameter> parameters, int replications, long seed)
            throws InputException {
        int k = parameters.size();
        String type = d.get("type").asText();
        long points = switch (type) {
            case "factorial" -> FactorialDesign.size(parameters);
            case "latin-hypercube" -> d.get("samples").asLong();
            case "sobol" -> SaltelliDesign.size(d.get("samples").asInt(), k);
            case "morris" -> MorrisDesign.size(d.get("trajectories").asInt(), k);
            case "list" -> d.get("points").size();
            default -> throw new IllegalStateException("schema admitted design " + type);
        };
        if (points > Integer.MAX_VALUE || points * replications > Sweep.MAX_RUNS) {
            throw new InputException(new Problem(shown, "/design", "the design has "
                    + (points > Integer.MAX_VALUE ? "more than " + Integer.MAX_VALUE : Long.toString(points))
                    + " points x " + replications + " replications, more than the limit of " + Sweep.MAX_RUNS
                    + " runs per sweep; use fewer levels, samples or replications, or split the sweep"));
        }
        if (type.equals("morris") && d.get("levels").asInt() % 2 != 0) {
            throw new InputException(new Problem(shown, "/design/levels",
                    "Morris levels must be even so that every step has the same size, found " + d.get("levels").asInt()));
        }
        if (type.equals("list")) return listDesign(shown, d.get("points"), parameters);
        return switch (type) {
            case "factorial" -> new FactorialDesign(parameters);
            case "latin-hypercube" -> new LatinHypercubeDesign(d.get("samples").asInt(), k, Seeds.design(seed));
            case "sobol" -> new SaltelliDesign(d.get("samples").asInt(), k);
            default -> new MorrisDesign(d.get("trajectories").asInt(), k, d.get("levels").asInt(), Seeds.design(seed));
        };
    }

    /** A list design's points, each checked: one value per parameter, each one its parameter can take. */
    private static ListDesign listDesign(String shown, JsonNode rows, List<SweepParameter> parameters) throws InputException {
        List<Problem> problems = new ArrayList<>();
        List<JsonNode[]> points = new ArrayList<>(rows.size());
        for (int p = 0; p < rows.size(); p++) {
            JsonNode row = rows.get(p);
            String at = "/design/points/" + p;
            if (row.size() != parameters.size()) {
                problems.add(new Problem(shown, at, "a point needs one value per parameter (" + parameters.size() + "), found " + row.size()));
                continue;
            }
            JsonNode[] values = new JsonNode[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
                if (!ListDesign.admits(parameters.get(i), values[i])) {
                    SweepParameter q = parameters.get(i);
                    problems.add(new Problem(shown, at + "/" + i, values[i] + " is not a value of parameter '" + q.name() + "' ("
                            + (q.isRange() ? "a number from " + q.min() + " to " + q.max() : "one of " + q.values()) + ")"));
                }
            }
            points.add(values);
            if (problems.size() >= 20) break;
        }
        stopIf(problems);
        return new ListDesign(parameters, points);
    }

    private static String escape(String pointer) {
        return pointer.replace("~", "~0").replace("/", "~1");
    }
}
