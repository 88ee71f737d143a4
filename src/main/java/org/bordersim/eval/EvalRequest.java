package org.bordersim.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bordersim.files.Problem;
import org.bordersim.metrics.Metric;

/**
 * One line of {@code eval}'s input, e.g.
 * {@code {"id": 7, "set": {"/blos/0/staffing": 30}, "replications": 5, "seed": 42, "outputs": ["value_seized"]}}.
 * Every field is optional: the id is echoed back, the settings are JSON pointers into the
 * scenario (as in a sweep's {@code set}), replications default to 1, the seed to the scenario's,
 * and outputs to every metric.
 *
 * @param seed null for the scenario's own seed (after the settings, which may set {@code /seed})
 */
public record EvalRequest(JsonNode id, Map<String, JsonNode> settings, int replications, Long seed, List<Metric> outputs,
                          List<PerActor> perActor) {
    /**
     * An output of one place (crossings there) or one BLO (its seizures), asked for at {@code /outputs/index}: its
     * name is checked against the variant's map and BLOs once they are built.
     */
    public record PerActor(int index, String name) {
        public boolean place() {
            return name.startsWith(Metric.PLACE_PREFIX);
        }

        /** The place's or the BLO's own name. */
        public String actor() {
            return name.substring(place() ? Metric.PLACE_PREFIX.length() : Metric.BLO_PREFIX.length());
        }
    }

    /** Most replications one request may ask for; more requests can always follow. */
    public static final int MAX_REPLICATIONS = 10_000;

    private static final Set<String> FIELDS = Set.of("id", "set", "replications", "seed", "outputs");

    /**
     * Reads one request. Problems name {@code where} (e.g. "stdin line 3") as the file and the
     * field's JSON pointer; the id, if readable, is kept in {@link Refused} so the answer can carry it.
     */
    public static EvalRequest parse(String where, JsonNode line) throws Refused {
        if (!line.isObject()) {
            throw new Refused(NullNode.instance, new Problem(where, "", "expected a JSON object such as "
                    + "{\"set\": {\"/blos/0/staffing\": 30}, \"replications\": 5}, found " + kind(line)));
        }
        JsonNode id = line.has("id") ? line.get("id") : NullNode.instance;
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> it = line.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                problems.add(new Problem(where, "/" + name, "unknown field; expected id, set, replications, seed or outputs"));
            }
        }
        Map<String, JsonNode> settings = new LinkedHashMap<>();
        JsonNode set = line.get("set");
        if (set != null && !set.isObject()) {
            problems.add(new Problem(where, "/set", "expected an object of JSON pointers to values, found " + kind(set)));
        } else if (set != null) {
            set.fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith("/")) {
                    problems.add(new Problem(where, "/set/" + e.getKey(), "expected a JSON pointer into the scenario, starting with '/'"));
                } else {
                    settings.put(e.getKey(), e.getValue());
                }
            });
        }
        int replications = 1;
        JsonNode reps = line.get("replications");
        if (reps != null) {
            if (!reps.canConvertToInt() || !reps.isIntegralNumber() || reps.intValue() < 1 || reps.intValue() > MAX_REPLICATIONS) {
                problems.add(new Problem(where, "/replications", "expected a whole number from 1 to " + MAX_REPLICATIONS + ", found " + reps));
            } else {
                replications = reps.intValue();
            }
        }
        Long seed = null;
        JsonNode s = line.get("seed");
        if (s != null) {
            if (!s.isIntegralNumber() || !s.canConvertToLong() || s.longValue() < 0) {
                problems.add(new Problem(where, "/seed", "expected a whole number of at least 0, found " + s));
            } else {
                seed = s.longValue();
            }
        }
        List<Metric> outputs = List.of(Metric.values());
        List<PerActor> perActor = new ArrayList<>();
        JsonNode o = line.get("outputs");
        if (o != null) {
            outputs = outputs(where, o, perActor, problems);
        }
        if (!problems.isEmpty()) throw new Refused(id, problems);
        return new EvalRequest(id, Map.copyOf(settings), replications, seed, outputs, List.copyOf(perActor));
    }

    private static List<Metric> outputs(String where, JsonNode o, List<PerActor> perActor, List<Problem> problems) {
        if (!o.isArray() || o.isEmpty()) {
            problems.add(new Problem(where, "/outputs", "expected a non-empty list of output names such as [\"value_seized\"], found " + o));
            return List.of();
        }
        List<Metric> out = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) {
            Metric m = o.get(i).isTextual() ? Metric.byColumn(o.get(i).asText()) : null;
            String name = o.get(i).asText();
            if (m == null && o.get(i).isTextual() && (name.startsWith(Metric.PLACE_PREFIX) || name.startsWith(Metric.BLO_PREFIX))) {
                perActor.add(new PerActor(i, name));
            } else if (m == null) {
                problems.add(new Problem(where, "/outputs/" + i, "unknown output " + o.get(i)
                        + "; the names are the columns of runs.csv, listed in results/README.md, and "
                        + Metric.PLACE_PREFIX + "<place> or " + Metric.BLO_PREFIX + "<BLO>"));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static String kind(JsonNode n) {
        return n.isNull() ? "null" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + n;
    }

    /** A request that cannot be run, with the id it carried (or null) so the answer can be matched to it. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient JsonNode id;

        public Refused(JsonNode id, List<Problem> problems) {
            super(String.join(" ", problems.stream().map(Problem::describe).toList()));
            this.id = id;
        }

        public Refused(JsonNode id, Problem problem) {
            this(id, List.of(problem));
        }

        public JsonNode id() {
            return id;
        }
    }
}
