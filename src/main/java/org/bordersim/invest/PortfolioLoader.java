package org.bordersim.invest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.JsonFiles;
import org.bordersim.files.Problem;
import org.bordersim.metrics.Metric;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.PublishedSchema;
import org.bordersim.scenario.ScenarioLoader;
import org.bordersim.scenario.ScenarioTemplate;
import org.bordersim.scenario.Suggestions;

/**
 * Reads a portfolio file: validates it against the published portfolio schema, loads the base
 * scenario, and checks before any run that every option's pointer addresses something, that every
 * level gives a valid scenario, and that each option's first level is what the base scenario
 * already has. Problems name the portfolio file and the JSON pointer inside it.
 */
public final class PortfolioLoader {
    /** Most portfolios a space may have (more are searched than run, but each needs a number). */
    public static final int MAX_PORTFOLIOS = 100_000_000;
    /** Pointers the portfolio owns itself: the horizon sets the duration; seed and replications are its own. */
    private static final Set<String> RESERVED = Set.of("/durationDays", "/seed", "/replications");

    private PortfolioLoader() {
    }

    public static Portfolio load(Path file) throws InputException {
        String shown = file.toString();
        ObjectNode doc = readValidated(file, shown);
        List<Problem> problems = new ArrayList<>();
        Metric outcome = metric(shown, "/maximise", doc.get("maximise").asText(), problems);
        List<Constraint> constraints = constraints(shown, doc.get("constraints"), problems);
        stopIf(problems);

        Path scenarioFile = file.resolveSibling(doc.get("scenario").asText());
        ScenarioTemplate template = ScenarioLoader.base(shown, doc.get("scenario").asText(), scenarioFile);
        double years = doc.get("horizonYears").asDouble();
        int days = Portfolio.horizonDays(years);
        Map<String, JsonNode> fixed = new LinkedHashMap<>();
        fixed.put("/durationDays", Json.STRICT.getNodeFactory().numberNode(days));
        LoadedScenario base = withSettings(template, fixed, shown, "/horizonYears", problems);
        stopIf(problems);
        for (var it = doc.get("costs").fields(); it.hasNext(); ) {
            var e = it.next();
            String pointer = "/costs/" + escape(e.getKey());
            if (!template.addresses(pointer)) {
                problems.add(new Problem(shown, "/costs/" + escape(e.getKey()), "'" + e.getKey() + "' is not a unit cost of the "
                        + "scenario (costs.* in docs/SCENARIOS.md)"));
            }
            fixed.put(pointer, e.getValue());
        }
        stopIf(problems);
        if (fixed.size() > 1) base = withSettings(template, fixed, shown, "/costs", problems);
        stopIf(problems);
        Budget budget = budget(shown, doc.get("budget"), base, problems);
        List<InvestOption> options = options(shown, doc.get("options"), template, base, fixed, problems);
        stopIf(problems);
        Selection.Settings selection = selection(shown, doc.get("selection"), doc.get("replications").asInt(), problems);
        List<Condition> conditions = conditions(shown, doc.get("conditions"), template, options, fixed, problems);
        stopIf(problems);

        long portfolios = 1;
        for (InvestOption o : options) portfolios = Math.min(Long.MAX_VALUE / 32, portfolios * o.levels().size());
        if (portfolios > MAX_PORTFOLIOS) {
            throw new InputException(new Problem(shown, "/options", String.format(Locale.ROOT,
                    "the options' levels make %,d portfolios, more than the %,d a portfolio file may have; "
                            + "use fewer options or levels, or split the question into several portfolio files", portfolios, MAX_PORTFOLIOS)));
        }
        JsonNode s = doc.get("search");
        SearchSettings search = new SearchSettings(s.get("exhaustiveUpTo").asInt(), s.get("evaluations").asInt(),
                s.get("population").asInt(), s.get("contenders").asInt());
        JsonNode effective = Json.canonical(doc);
        ObjectNode identity = (ObjectNode) effective.deepCopy();
        identity.remove("scenario");
        String hash = Json.sha256(identity + "\n" + base.sha256());
        return new Portfolio(file, doc.get("name").asText(), doc.get("description").asText(), scenarioFile, base, years, budget,
                outcome, constraints, options, selection, search, conditions, fixed,
                doc.has("officersAtMost") ? doc.get("officersAtMost").asInt() : Integer.MAX_VALUE, doc.get("leaders").asInt(), doc.get("seed").asLong(),
                doc.get("replications").asInt(), effective, hash);
    }

    private static void stopIf(List<Problem> problems) throws InputException {
        if (!problems.isEmpty()) throw new InputException(problems);
    }

    private static ObjectNode readValidated(Path file, String shown) throws InputException {
        ObjectNode doc = JsonFiles.readObject(file, shown);
        if (!doc.has("options") && (doc.has("groups") || doc.has("extends") || doc.has("design"))) {
            throw new InputException(new Problem(shown, "", "this is a " + (doc.has("design") ? "sweep" : "scenario")
                    + " file, not a portfolio; 'bordersim invest' takes a portfolio file (docs/DONORS.md)"));
        }
        PublishedSchema schema = PublishedSchema.portfolio();
        stopIf(new ArrayList<>(schema.validate(shown, doc)));
        schema.applyDefaults(doc);
        return doc;
    }

    private static Metric metric(String shown, String at, String column, List<Problem> problems) {
        Metric m = Metric.byColumn(column);
        if (m == null) {
            List<String> known = Arrays.stream(Metric.values()).map(Metric::column).toList();
            problems.add(new Problem(shown, at, "unknown output '" + column + "'" + Suggestions.didYouMean(column, known)
                    + "; outputs are the columns of runs.csv (docs/ODD.md, outputs)"));
        }
        return m;
    }

    private static List<Constraint> constraints(String shown, JsonNode array, List<Problem> problems) {
        List<Constraint> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            Metric m = metric(shown, "/constraints/" + i + "/output", c.get("output").asText(), problems);
            boolean atMost = c.has("atMost");
            if (m != null) out.add(new Constraint(m, atMost, c.get(atMost ? "atMost" : "atLeast").asDouble()));
        }
        return out;
    }

    private static Selection.Settings selection(String shown, JsonNode s, int replications, List<Problem> problems) {
        int max = s.has("maxReplications") ? s.get("maxReplications").asInt() : 4 * replications;
        if (max < replications) {
            problems.add(new Problem(shown, "/selection/maxReplications", "the run budget counts the first " + replications
                    + " replications (replications), so it must be at least that; found " + max));
        }
        return new Selection.Settings(s.has("indifference") ? s.get("indifference").asDouble() : Double.NaN,
                s.get("confidence").asDouble(), max, s.has("batch") ? s.get("batch").asInt() : replications);
    }

    /** Conditions: distinct names, pointers that address something and no option's, values the scenario accepts. */
    private static List<Condition> conditions(String shown, JsonNode array, ScenarioTemplate template, List<InvestOption> options,
                                              Map<String, JsonNode> fixed, List<Problem> problems) {
        List<Condition> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> optionPointers = new ArrayList<>();
        for (InvestOption o : options) optionPointers.addAll(o.pointers());
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String at = "/conditions/" + i;
            String name = c.get("name").asText();
            if (!names.add(name)) problems.add(new Problem(shown, at + "/name", "'" + name + "' names an earlier condition too; names must differ"));
            Map<String, JsonNode> set = new LinkedHashMap<>(fixed);
            boolean ok = true;
            for (var it = c.get("set").fields(); it.hasNext(); ) {
                var e = it.next();
                String where = at + "/set/" + escape(e.getKey());
                boolean byOption = optionPointers.stream().anyMatch(q -> InvestOption.overlap(q, e.getKey()));
                if (RESERVED.contains(e.getKey()) || byOption) {
                    problems.add(new Problem(shown, where, "'" + e.getKey() + "' is set by " + (RESERVED.contains(e.getKey())
                            ? "the portfolio itself" : "an option") + "; a condition changes something the options do not"));
                    ok = false;
                } else if (!template.addresses(e.getKey())) {
                    problems.add(new Problem(shown, where, "'" + e.getKey() + "' addresses nothing in the base scenario "
                            + template.file().getFileName()));
                    ok = false;
                }
                set.put(e.getKey(), e.getValue());
            }
            if (ok) withSettings(template, set, shown, at + "/set", problems);
            set.keySet().removeIf(k -> fixed.containsKey(k) && !c.get("set").has(k));
            out.add(new Condition(name, c.has("label") ? c.get("label").asText() : name, set));
        }
        return out;
    }

    /** The template with the settings, or null with a problem at {@code at}. */
    private static LoadedScenario withSettings(ScenarioTemplate template, Map<String, JsonNode> settings, String shown, String at,
                                               List<Problem> problems) {
        try {
            return template.with(settings);
        } catch (InputException e) {
            problems.add(new Problem(shown, at, "gives an invalid scenario: " + e.problems().get(0).describe()));
            return null;
        }
    }

    private static Budget budget(String shown, JsonNode b, LoadedScenario base, List<Problem> problems) {
        String currency = b.get("currency").asText();
        String scenarioCurrency = base.scenario().costs().currency();
        if (!currency.equals(scenarioCurrency)) {
            problems.add(new Problem(shown, "/budget/currency", "the base scenario books its costs in " + scenarioCurrency
                    + " (costs.currency), found " + currency + "; give the budget in " + scenarioCurrency
                    + ", or convert the scenario's unit costs"));
        }
        return new Budget(currency, b.has("perYear") ? b.get("perYear").asDouble() : Double.NaN,
                b.has("total") ? b.get("total").asDouble() : Double.NaN);
    }

    private static List<InvestOption> options(String shown, JsonNode array, ScenarioTemplate template, LoadedScenario base,
                                              Map<String, JsonNode> fixed, List<Problem> problems) {
        List<InvestOption> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode o = array.get(i);
            String at = "/options/" + i;
            String name = o.get("name").asText();
            if (!names.add(name)) problems.add(new Problem(shown, at + "/name", "'" + name + "' names an earlier option too; names must differ"));
            int before = problems.size();
            Shape shape = shape(shown, at, o, template, problems);
            if (problems.size() > before) continue;
            for (String pointer : shape.pointers()) {
                for (String other : taken) {
                    if (InvestOption.overlap(pointer, other)) {
                        problems.add(new Problem(shown, at, "'" + pointer + "' overlaps '" + other + "', set by an earlier option; "
                                + "make them levels of one option"));
                    }
                }
            }
            if (problems.size() > before) continue;
            taken.addAll(shape.pointers());
            List<InvestOption.Level> levels = new ArrayList<>();
            JsonNode ls = o.get("levels");
            boolean add = o.path("add").asBoolean();
            for (int j = 0; j < ls.size(); j++) {
                JsonNode l = ls.get(j);
                List<JsonNode> values = shape.values().get(j);
                Map<String, JsonNode> settings = new LinkedHashMap<>(fixed);
                for (int k = 0; k < values.size(); k++) settings.put(shape.pointers().get(k), values.get(k));
                String where = at + "/levels/" + j + (l.has("set") ? "/set" : "/value");
                LoadedScenario variant = withSettings(template, settings, shown, where, problems);
                if (j == 0 && variant != null && !variant.sha256().equals(base.sha256())) {
                    problems.add(new Problem(shown, where, "the first level must be what the base scenario already has (doing "
                            + "nothing), but it changes " + String.join(", ", shape.pointers()) + "; put "
                            + (add ? "0 (nothing added) first" : "the base's value first")));
                }
                String label = l.has("label") ? l.get("label").asText() : defaultLabel(l, add);
                levels.add(new InvestOption.Level(values, label, l.path("capitalCost").asDouble(0)));
            }
            if (levels.get(0).capitalCost() != 0) {
                problems.add(new Problem(shown, at + "/levels/0/capitalCost", "the first level is the base scenario (doing nothing) "
                        + "and costs nothing; found " + levels.get(0).capitalCost()));
            }
            out.add(new InvestOption(name, o.has("label") ? o.get("label").asText() : name, shape.pointers(), levels));
        }
        return out;
    }

    /** An option's pointers (the concrete ones, when it adds) and each level's values in their order. */
    private record Shape(List<String> pointers, List<List<JsonNode>> values) {
    }

    /**
     * The three ways to write an option: one {@code pointer} and a {@code value} per level; the same
     * with {@code add}, each value added to the base's at every place the pointer matches; or no
     * pointer and a {@code set} of pointers and values per level, the same pointers in every level.
     */
    private static Shape shape(String shown, String at, JsonNode o, ScenarioTemplate template, List<Problem> problems) {
        JsonNode levels = o.get("levels");
        if (!o.has("pointer")) return shapeOfSets(shown, at, o, template, problems);
        String pointer = o.get("pointer").asText();
        int before = problems.size();
        for (int j = 0; j < levels.size(); j++) {
            if (!levels.get(j).has("value") || levels.get(j).has("set")) {
                problems.add(new Problem(shown, at + "/levels/" + j, "an option with 'pointer' gives each level a 'value', not a 'set'"));
            }
        }
        if (!checkPointer(shown, at + "/pointer", pointer, template, problems) || problems.size() > before) {
            return new Shape(List.of(pointer), List.of());
        }
        List<List<JsonNode>> values = new ArrayList<>();
        if (!o.path("add").asBoolean()) {
            for (JsonNode l : levels) values.add(List.of(l.get("value")));
            return new Shape(List.of(pointer), values);
        }
        Map<String, JsonNode> bases = template.matches(pointer);
        for (Map.Entry<String, JsonNode> e : bases.entrySet()) {
            if (!e.getValue().isNumber()) {
                problems.add(new Problem(shown, at + "/add", "'add' needs numbers, but the base scenario has " + e.getValue()
                        + " at " + e.getKey()));
                return new Shape(List.of(pointer), List.of());
            }
        }
        for (int j = 0; j < levels.size(); j++) {
            JsonNode v = levels.get(j).get("value");
            if (!v.isNumber()) {
                problems.add(new Problem(shown, at + "/levels/" + j + "/value", "'add' adds numbers; found " + v));
                continue;
            }
            List<JsonNode> sums = new ArrayList<>();
            for (JsonNode b : bases.values()) {
                sums.add(b.isIntegralNumber() && v.isIntegralNumber()
                        ? Json.STRICT.getNodeFactory().numberNode(b.asLong() + v.asLong())
                        : Json.STRICT.getNodeFactory().numberNode(b.asDouble() + v.asDouble()));
            }
            values.add(sums);
        }
        return new Shape(new ArrayList<>(bases.keySet()), values);
    }

    /** An option without a pointer: each level a {@code set} of the same pointers. */
    private static Shape shapeOfSets(String shown, String at, JsonNode o, ScenarioTemplate template, List<Problem> problems) {
        JsonNode levels = o.get("levels");
        if (o.path("add").asBoolean()) problems.add(new Problem(shown, at + "/add", "'add' needs a 'pointer' to add to"));
        List<String> pointers = new ArrayList<>();
        List<List<JsonNode>> values = new ArrayList<>();
        for (int j = 0; j < levels.size(); j++) {
            JsonNode set = levels.get(j).get("set");
            String where = at + "/levels/" + j;
            if (set == null || levels.get(j).has("value")) {
                problems.add(new Problem(shown, where, "an option without 'pointer' gives each level a 'set' (pointer -> value), not a 'value'"));
                continue;
            }
            List<String> keys = new ArrayList<>();
            set.fieldNames().forEachRemaining(keys::add);
            if (pointers.isEmpty()) pointers.addAll(keys);
            if (!new HashSet<>(keys).equals(new HashSet<>(pointers))) {
                problems.add(new Problem(shown, where + "/set", "every level sets the same pointers as the first ("
                        + String.join(", ", pointers) + "), found " + String.join(", ", keys)));
                continue;
            }
            List<JsonNode> v = new ArrayList<>();
            for (String pointer : pointers) v.add(set.get(pointer));
            values.add(v);
        }
        for (String pointer : pointers) checkPointer(shown, at + "/levels/0/set/" + escape(pointer), pointer, template, problems);
        return new Shape(pointers, values);
    }

    /** A pointer an option may set: not the portfolio's own, and addressing something in the base. */
    private static boolean checkPointer(String shown, String where, String pointer, ScenarioTemplate template, List<Problem> problems) {
        if (RESERVED.contains(pointer)) {
            problems.add(new Problem(shown, where, "'" + pointer + "' is set by the portfolio itself (horizonYears, seed, replications)"));
            return false;
        }
        if (!pointer.startsWith("/") || !template.addresses(pointer)) {
            problems.add(new Problem(shown, where, "'" + pointer + "' addresses nothing in the base scenario " + template.file().getFileName()));
            return false;
        }
        return true;
    }

    private static String defaultLabel(JsonNode level, boolean add) {
        if (level.has("value")) {
            JsonNode v = level.get("value");
            String text = v.isTextual() ? v.asText() : v.toString();
            return add && v.isNumber() && v.asDouble() > 0 ? "+" + text : text;
        }
        List<String> parts = new ArrayList<>();
        level.get("set").fields().forEachRemaining(e -> parts.add(e.getKey().substring(e.getKey().lastIndexOf('/') + 1) + " " + e.getValue()));
        return String.join(", ", parts);
    }

    private static String escape(String pointer) {
        return pointer.replace("~", "~0").replace("/", "~1");
    }
}
