package org.bordersim.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.JsonFiles;
import org.bordersim.files.Problem;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.SeriesMetric;
import org.bordersim.scenario.Commodity;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.PublishedSchema;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.scenario.ScenarioTemplate;
import org.bordersim.scenario.Suggestions;

/**
 * Reads a calibration file: checks it against the published calibration schema, loads the scenario, and checks before
 * any simulation that every parameter's pointer addresses something and both ends of its range give a valid scenario,
 * and that every target names what exists. Problems name the calibration file and the JSON pointer inside it.
 */
public final class CalibrationLoader {
    /** Pointers the calibration owns itself. */
    private static final Set<String> RESERVED = Set.of("/seed", "/replications");

    private CalibrationLoader() {
    }

    public static Calibration load(Path file) throws InputException {
        String shown = file.toString();
        ObjectNode doc = JsonFiles.readObject(file, shown);
        PublishedSchema schema = PublishedSchema.calibration();
        stopIf(new ArrayList<>(schema.validate(shown, doc)));
        schema.applyDefaults(doc);
        List<Problem> problems = new ArrayList<>();
        Path scenarioFile = file.resolveSibling(doc.get("scenario").asText());
        ScenarioTemplate template = ScenarioLoader.base(shown, doc.get("scenario").asText(), scenarioFile);
        Map<String, JsonNode> set = new LinkedHashMap<>();
        doc.get("set").fields().forEachRemaining(e -> set.put(e.getKey(), e.getValue()));
        for (String pointer : set.keySet()) {
            if (RESERVED.contains(pointer) || !template.addresses(pointer)) {
                problems.add(new Problem(shown, "/set/" + escape(pointer), RESERVED.contains(pointer)
                        ? "the calibration sets " + pointer + " itself (use its 'seed' and budget.replicationsPerParticle)"
                        : "'" + pointer + "' addresses nothing in the scenario " + scenarioFile.getFileName()));
            }
        }
        stopIf(problems);
        LoadedScenario base;
        try {
            base = template.with(set);
        } catch (InputException e) {
            throw new InputException(e.problems().stream()
                    .map(p -> new Problem(shown, "/set", "gives an invalid scenario: " + p.describe())).toList());
        }
        List<Prior> parameters = parameters(shown, doc.get("parameters"), template, set, scenarioFile, problems);
        List<Target> targets = targets(shown, doc.get("targets"), base, problems);
        stopIf(problems);
        JsonNode b = doc.get("budget");
        Calibration.Budget budget = new Calibration.Budget(b.get("particles").asInt(), b.get("keep").asDouble(),
                b.get("minAcceptance").asDouble(), b.get("tolerance").asDouble(), b.get("maxSimulations").asLong(),
                b.get("replicationsPerParticle").asInt());
        if (budget.maxSimulations() < budget.particles()) {
            throw new InputException(new Problem(shown, "/budget/maxSimulations", "the budget (" + budget.maxSimulations()
                    + " simulations) does not cover the first generation (" + budget.particles() + " particles)"));
        }
        JsonNode effective = Json.canonical(doc);
        ObjectNode identity = (ObjectNode) effective.deepCopy();
        identity.remove("scenario");
        String hash = Json.sha256(identity.toString() + "\n" + base.sha256());
        return new Calibration(file, doc.get("name").asText(), doc.get("description").asText(), template, Map.copyOf(set),
                doc.get("seed").asLong(), parameters, targets, budget, effective, base, hash);
    }

    private static List<Prior> parameters(String shown, JsonNode array, ScenarioTemplate template, Map<String, JsonNode> set,
                                          Path scenarioFile, List<Problem> problems) {
        List<Prior> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            String at = "/parameters/" + i;
            String name = p.get("name").asText();
            String pointer = p.get("pointer").asText();
            if (!names.add(name)) problems.add(new Problem(shown, at + "/name", "duplicate parameter name '" + name + "'"));
            double min = p.get("min").asDouble();
            double max = p.get("max").asDouble();
            if (!(min < max)) {
                problems.add(new Problem(shown, at + "/max", "must be greater than min (" + min + "), found " + max));
                continue;
            }
            if (RESERVED.contains(pointer) || !template.addresses(pointer)) {
                problems.add(new Problem(shown, at + "/pointer", RESERVED.contains(pointer)
                        ? "the calibration sets " + pointer + " itself"
                        : "'" + pointer + "' addresses nothing in the scenario " + scenarioFile.getFileName()));
                continue;
            }
            JsonNode field = PublishedSchema.scenario().schemaAt(pointer);
            boolean integer = field != null && "integer".equals(field.path("type").asText());
            Prior prior = new Prior(name, pointer, min, max, integer, p.get("about").asText());
            for (String end : List.of("min", "max")) {
                double v = prior.value(end.equals("min") ? min : max);
                Map<String, JsonNode> one = new LinkedHashMap<>(set);
                one.put(pointer, integer ? LongNode.valueOf((long) v) : DoubleNode.valueOf(v));
                try {
                    template.with(one);
                } catch (InputException e) {
                    problems.add(new Problem(shown, at + "/" + end, "value " + v + " for " + pointer
                            + " gives an invalid scenario: " + e.problems().get(0).describe()));
                    break;
                }
            }
            out.add(prior);
        }
        return out;
    }

    private static List<Target> targets(String shown, JsonNode array, LoadedScenario base, List<Problem> problems) {
        List<Target> out = new ArrayList<>();
        List<String> metrics = Arrays.stream(Metric.values()).map(Metric::column).toList();
        List<String> series = Arrays.stream(SeriesMetric.values()).map(SeriesMetric::column).toList();
        for (int i = 0; i < array.size(); i++) {
            JsonNode t = array.get(i);
            String at = "/targets/" + i;
            Target.Kind kind = Target.Kind.valueOf(t.get("kind").asText().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            Metric metric = null;
            SeriesMetric weekly = null;
            int commodity = -1;
            int[] blos = new int[0];
            String needs = switch (kind) {
                case METRIC, TREND -> "metric";
                case SEIZURE_SHARE -> "commodity";
                case CROSSING_SEIZURES -> "crossing";
                case OFFICIAL_SHARE -> null;
            };
            if (needs != null && !t.has(needs)) {
                problems.add(new Problem(shown, at, "a '" + kind.jsonName() + "' target needs '" + needs + "'"));
                continue;
            }
            for (String field : List.of("metric", "commodity", "crossing")) {
                if (t.has(field) && !field.equals(needs)) {
                    problems.add(new Problem(shown, at + "/" + field, "'" + field + "' does not apply to a '" + kind.jsonName() + "' target"));
                }
            }
            if (kind == Target.Kind.METRIC) {
                metric = Metric.byColumn(t.get("metric").asText());
                if (metric == null) {
                    problems.add(new Problem(shown, at + "/metric", "unknown metric '" + t.get("metric").asText() + "'"
                            + Suggestions.didYouMean(t.get("metric").asText(), metrics) + "; metrics are the columns of runs.csv"));
                    continue;
                }
            } else if (kind == Target.Kind.TREND) {
                String column = t.get("metric").asText();
                weekly = Arrays.stream(SeriesMetric.values()).filter(s -> s.column().equals(column)).findFirst().orElse(null);
                if (weekly == null) {
                    problems.add(new Problem(shown, at + "/metric", "unknown weekly series '" + column + "'"
                            + Suggestions.didYouMean(column, series) + "; a trend reads a column of series.csv: " + String.join(", ", series)));
                    continue;
                }
                if (base.scenario().durationDays() < 28) {
                    problems.add(new Problem(shown, at, "a trend compares the run's two halves: the scenario needs at least 4 weeks"));
                }
            } else if (kind == Target.Kind.SEIZURE_SHARE) {
                commodity = Commodity.valueOf(t.get("commodity").asText().toUpperCase(java.util.Locale.ROOT)).ordinal();
            } else if (kind == Target.Kind.CROSSING_SEIZURES) {
                String crossing = t.get("crossing").asText();
                var all = base.scenario().blos();
                blos = IntStream.range(0, all.size()).filter(b -> crossing.equals(all.get(b).crossing())).toArray();
                if (blos.length == 0) {
                    List<String> crossings = all.stream().map(b -> b.crossing()).filter(c -> c != null).distinct().toList();
                    problems.add(new Problem(shown, at + "/crossing", "no BLO sits at '" + crossing + "'"
                            + Suggestions.didYouMean(crossing, crossings) + "; the BLOs' crossings are " + String.join(", ", crossings)));
                    continue;
                }
            }
            if (t.get("perYear").asBoolean() && kind != Target.Kind.METRIC) {
                problems.add(new Problem(shown, at + "/perYear", "'perYear' applies to a 'metric' target"));
            }
            out.add(new Target(t.get("name").asText(), kind, metric, weekly, commodity, blos, t.get("perYear").asBoolean(),
                    t.get("observed").asDouble(), t.get("uncertainty").asDouble(), t.get("source").asText()));
        }
        return out;
    }

    private static void stopIf(List<Problem> problems) throws InputException {
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    private static String escape(String pointer) {
        return pointer.replace("~", "~0").replace("/", "~1");
    }
}
