package org.bordersim.invest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
        LoadedScenario base = withSettings(template, Map.of("/durationDays", Json.STRICT.getNodeFactory().numberNode(days)),
                shown, "/horizonYears", problems);
        stopIf(problems);
        Budget budget = budget(shown, doc.get("budget"), base, problems);
        List<InvestOption> options = options(shown, doc.get("options"), template, base, days, problems);
        stopIf(problems);
        Selection.Settings selection = selection(shown, doc.get("selection"), doc.get("replications").asInt(), problems);
        List<Condition> conditions = conditions(shown, doc.get("conditions"), template, options, days, problems);
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
                outcome, constraints, options, selection, search, conditions, doc.get("leaders").asInt(), doc.get("seed").asLong(),
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
                                              int days, List<Problem> problems) {
        List<Condition> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> optionPointers = new HashSet<>();
        for (InvestOption o : options) optionPointers.add(o.pointer());
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String at = "/conditions/" + i;
            String name = c.get("name").asText();
            if (!names.add(name)) problems.add(new Problem(shown, at + "/name", "'" + name + "' names an earlier condition too; names must differ"));
            Map<String, JsonNode> set = new java.util.LinkedHashMap<>();
            set.put("/durationDays", Json.STRICT.getNodeFactory().numberNode(days));
            boolean ok = true;
            for (var it = c.get("set").fields(); it.hasNext(); ) {
                var e = it.next();
                String where = at + "/set/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (RESERVED.contains(e.getKey()) || optionPointers.contains(e.getKey())) {
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
            set.remove("/durationDays");
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

    private static List<InvestOption> options(String shown, JsonNode array, ScenarioTemplate template, LoadedScenario base, int days,
                                              List<Problem> problems) {
        List<InvestOption> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> pointers = new HashSet<>();
        JsonNode duration = Json.STRICT.getNodeFactory().numberNode(days);
        for (int i = 0; i < array.size(); i++) {
            JsonNode o = array.get(i);
            String at = "/options/" + i;
            String name = o.get("name").asText();
            String pointer = o.get("pointer").asText();
            if (!names.add(name)) problems.add(new Problem(shown, at + "/name", "'" + name + "' names an earlier option too; names must differ"));
            if (RESERVED.contains(pointer)) {
                problems.add(new Problem(shown, at + "/pointer", "'" + pointer + "' is set by the portfolio itself (horizonYears, seed, replications)"));
                continue;
            }
            if (!pointers.add(pointer)) {
                problems.add(new Problem(shown, at + "/pointer", "'" + pointer + "' is set by an earlier option too; "
                        + "make them levels of one option"));
                continue;
            }
            if (!template.addresses(pointer)) {
                problems.add(new Problem(shown, at + "/pointer", "'" + pointer + "' addresses nothing in the base scenario "
                        + template.file().getFileName()));
                continue;
            }
            List<InvestOption.Level> levels = new ArrayList<>();
            JsonNode ls = o.get("levels");
            for (int j = 0; j < ls.size(); j++) {
                JsonNode l = ls.get(j);
                JsonNode value = l.get("value");
                LoadedScenario variant = withSettings(template, Map.of("/durationDays", duration, pointer, value), shown,
                        at + "/levels/" + j + "/value", problems);
                if (j == 0 && variant != null && !variant.sha256().equals(base.sha256())) {
                    problems.add(new Problem(shown, at + "/levels/0/value", "the first level must be what the base scenario "
                            + "already has (doing nothing), but " + value + " at " + pointer + " changes it; put the base's value first"));
                }
                String label = l.has("label") ? l.get("label").asText() : (value.isTextual() ? value.asText() : value.toString());
                levels.add(new InvestOption.Level(value, label, l.path("capitalCost").asDouble(0)));
            }
            if (levels.get(0).capitalCost() != 0) {
                problems.add(new Problem(shown, at + "/levels/0/capitalCost", "the first level is the base scenario (doing nothing) "
                        + "and costs nothing; found " + levels.get(0).capitalCost()));
            }
            out.add(new InvestOption(name, o.has("label") ? o.get("label").asText() : name, pointer, levels));
        }
        return out;
    }
}
