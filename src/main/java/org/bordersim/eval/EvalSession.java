package org.bordersim.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordersim.experiment.MemoryBudget;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.experiment.Replications;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.RunResult;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.ScenarioTemplate;
import org.bordersim.world.World;

/**
 * Answers requests, one JSON line each, until the input ends. A request that can be run answers
 * with exactly its replications' lines, in replication order:
 * {@code {"id": 7, "replication": 0, "seed": 1234, "outputs": {"value_seized": 1033764.0, ...}}};
 * one that cannot answers with exactly one line, {@code {"id": 7, "line": 3, "error": "..."}},
 * and the session goes on. Replication r of seed s uses the seed {@code run} gives it, so a
 * request without settings reproduces {@code run}'s rows, and two requests with the same seed
 * and different settings are paired by common random numbers. Output is flushed after each
 * request, so a client may write one request and wait for its answer.
 */
public final class EvalSession {
    private static final ObjectWriter LINE = Json.STRICT.writer().without(SerializationFeature.INDENT_OUTPUT);

    private final ScenarioTemplate template;
    private final int threads;
    /** The last variant prepared: clients often ask for the same settings again with other seeds. */
    private Map<String, JsonNode> lastSettings;
    private PreparedScenario lastPrepared;
    private int requests;
    private int refused;

    public EvalSession(ScenarioTemplate template, int threads) {
        this.template = template;
        this.threads = threads;
    }

    /** Requests read so far (blank lines are not requests). */
    public int requests() {
        return requests;
    }

    /** Requests answered with an error line. */
    public int refused() {
        return refused;
    }

    /** Serves every line of {@code in}; returns when it ends. */
    public void serve(BufferedReader in, Writer out) throws IOException {
        int lineNumber = 0;
        for (String text; (text = in.readLine()) != null; ) {
            lineNumber++;
            if (text.isBlank()) continue;
            requests++;
            String where = "stdin line " + lineNumber;
            try {
                EvalRequest request = parse(where, text);
                answer(where, request, prepare(where, request), out);
            } catch (EvalRequest.Refused e) {
                refused++;
                ObjectNode line = Json.STRICT.createObjectNode();
                line.set("id", e.id());
                line.put("line", lineNumber);
                line.put("error", e.getMessage());
                out.write(LINE.writeValueAsString(line));
                out.write('\n');
            }
            out.flush();
        }
    }

    private static EvalRequest parse(String where, String text) throws EvalRequest.Refused {
        JsonNode node;
        try {
            node = Json.STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            String column = e.getLocation() == null ? "" : "column " + e.getLocation().getColumnNr();
            throw new EvalRequest.Refused(NullNode.instance, new Problem(where, column,
                    "not valid JSON (" + why.lines().findFirst().orElse(why) + "); each line must be one JSON object"));
        }
        return EvalRequest.parse(where, node);
    }

    private PreparedScenario prepare(String where, EvalRequest request) throws EvalRequest.Refused {
        if (!request.settings().equals(lastSettings)) {
            lastSettings = null;
            lastPrepared = null;
            try {
                LoadedScenario loaded = template.with(request.settings());
                lastPrepared = new PreparedScenario(loaded, World.build(template.file().toString(), loaded.scenario()));
            } catch (InputException e) {
                // The problems name the scenario file and the pointer; say which request set it.
                throw new EvalRequest.Refused(request.id(), e.problems().stream()
                        .map(p -> new Problem(where + ", /set: " + p.file(), p.where(), p.message())).toList());
            } catch (RuntimeException e) {
                throw new EvalRequest.Refused(request.id(), new Problem(where, "/set", "cannot build the world of this "
                        + "variant: " + e + "; this is a defect in BorderSim: please report it with this request"));
            }
            lastSettings = request.settings();
        }
        PreparedScenario p = lastPrepared;
        List<Problem> unknown = new ArrayList<>();
        for (EvalRequest.PerActor a : request.perActor()) {
            List<String> names = a.place() ? p.world().locationNames() : p.scenario().blos().stream().map(b -> b.name()).toList();
            if (!names.contains(a.actor())) {
                unknown.add(new Problem(where, "/outputs/" + a.index(), "no " + (a.place() ? "place" : "BLO") + " '" + a.actor()
                        + "' in this variant; its " + (a.place() ? "places" : "BLOs") + " are " + String.join(", ", names)));
            }
        }
        if (!unknown.isEmpty()) throw new EvalRequest.Refused(request.id(), unknown);
        long seed = request.seed() != null ? request.seed() : p.scenario().seed();
        String tooBig = MemoryBudget.refusal(request.replications() + " replications",
                request.replications() * MemoryBudget.resultBytes(p.scenario(), p.world()));
        if (tooBig != null) throw new EvalRequest.Refused(request.id(), new Problem(where, "/replications", tooBig));
        return p.withRun(seed, request.replications());
    }

    private void answer(String where, EvalRequest request, PreparedScenario p, Writer out) throws IOException, EvalRequest.Refused {
        List<RunResult> runs;
        try {
            runs = Replications.run(p.scenario(), p.world(), threads, () -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (RuntimeException e) {
            // A defect in the model must not end the session that other requests depend on.
            throw new EvalRequest.Refused(request.id(), new Problem(where, "",
                    "a replication failed: " + e + "; this is a defect in BorderSim: please report it with this request"));
        }
        StringBuilder lines = new StringBuilder();
        for (RunResult r : runs) {
            ObjectNode line = Json.STRICT.createObjectNode();
            line.set("id", request.id());
            line.put("replication", r.replication());
            line.put("seed", r.seed());
            ObjectNode outputs = line.putObject("outputs");
            double[] values = r.metrics();
            for (Metric m : request.outputs()) {
                double v = values[m.ordinal()];
                if (Double.isFinite(v)) outputs.put(m.column(), v);
                else outputs.putNull(m.column());
            }
            for (EvalRequest.PerActor a : request.perActor()) {
                if (a.place()) {
                    outputs.put(a.name(), r.crossingsByLocation()[p.world().locationNames().indexOf(a.actor())]);
                } else {
                    int blo = p.scenario().blos().stream().map(b -> b.name()).toList().indexOf(a.actor());
                    outputs.put(a.name(), r.blos()[blo][BloTotals.SEIZURES.ordinal()]);
                }
            }
            lines.append(LINE.writeValueAsString(line)).append('\n');
        }
        out.write(lines.toString());
    }
}
