package org.bordersim.invest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.metrics.Metric;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepLoader;

/**
 * Every portfolio of a portfolio file as one sweep: a list design of every combination of the
 * options' levels, with common random numbers, the horizon as the duration,
 * and the outcome, the constraints' outputs and the total cost as outputs. Written as an ordinary
 * sweep file beside the results, so the sweep engine runs it (parallel, resumable, shardable) and
 * {@code bordersim sweep} could run it too. Its point p is portfolio p.
 */
public final class PortfolioSweep {
    /** The sweep file's name in the portfolio's results folder. */
    public static final String FILE = "portfolios.sweep.json";

    private PortfolioSweep() {
    }

    /** The outputs every run records: the outcome, each constraint's output, then the total cost. */
    public static Set<Metric> outputs(Portfolio p) {
        Set<Metric> out = new LinkedHashSet<>();
        out.add(p.outcome());
        for (Constraint c : p.constraints()) out.add(c.output());
        out.add(Metric.TOTAL_COST);
        return out;
    }

    static ObjectNode document(Portfolio p) {
        int[] all = new int[p.size()];
        for (int q = 0; q < all.length; q++) all[q] = q;
        return listDocument(p, "portfolios", "Every portfolio of " + p.name() + " (" + p.size()
                + " combinations of the options' levels), written by 'bordersim invest'.", p.seed(), p.replications(), Map.of(), all);
    }

    /**
     * Some portfolios, as a list design: point k is portfolio {@code portfolios[k]}, with
     * {@code set} applied to the base scenario (an uncertain condition) and its own seed. Each
     * pointer of each option is one parameter, named after the option (with _1, _2 ... when the
     * option sets several).
     */
    static ObjectNode listDocument(Portfolio p, String name, String description, long seed, int replications,
                                   Map<String, JsonNode> set, int[] portfolios) {
        ObjectNode doc = common(p, name, description, seed, replications, set);
        ObjectNode design = doc.putObject("design").put("type", "list").put("bootstrap", 0);
        ArrayNode points = design.putArray("points");
        for (int q : portfolios) {
            ArrayNode point = points.addArray();
            for (int o = 0; o < p.options().size(); o++) {
                for (JsonNode v : p.options().get(o).level(p.level(q, o)).values()) point.add(v.deepCopy());
            }
        }
        return doc;
    }

    private static ObjectNode common(Portfolio p, String name, String description, long seed, int replications,
                                     Map<String, JsonNode> set) {
        ObjectNode doc = Json.STRICT.createObjectNode();
        doc.put("name", name);
        doc.put("description", description);
        doc.put("scenario", p.scenarioFile().toAbsolutePath().normalize().toString());
        doc.put("seed", seed);
        doc.put("replications", replications);
        doc.put("commonRandomNumbers", true);
        ObjectNode fixed = doc.putObject("set");
        p.fixed().forEach((k, v) -> fixed.set(k, v.deepCopy()));
        set.forEach((k, v) -> fixed.set(k, v.deepCopy()));
        ArrayNode parameters = doc.putArray("parameters");
        for (InvestOption o : p.options()) {
            for (int k = 0; k < o.pointers().size(); k++) {
                ObjectNode q = parameters.addObject();
                q.put("name", o.pointers().size() == 1 ? o.name() : o.name() + "_" + (k + 1));
                q.put("pointer", o.pointers().get(k));
                ArrayNode values = q.putArray("values");
                for (InvestOption.Level l : o.levels()) {
                    JsonNode v = l.values().get(k);
                    boolean seen = false;
                    for (JsonNode earlier : values) seen |= earlier.equals(v);
                    if (!seen) values.add(v.deepCopy());
                }
            }
        }
        ArrayNode outputs = doc.putArray("outputs");
        for (Metric m : outputs(p)) outputs.add(m.column());
        return doc;
    }

    /**
     * Writes the sweep file of every portfolio into {@code folder} (replacing an earlier copy
     * atomically) and loads it. Its problems, if any, are the portfolio's (already checked by the
     * portfolio loader).
     */
    public static Sweep write(Portfolio p, Path folder) throws IOException, InputException {
        return write(folder, FILE, document(p));
    }

    /** Writes and loads a sweep of some portfolios ({@link #listDocument}) as {@code <name>.sweep.json}. */
    static Sweep writeList(Path folder, ObjectNode document) throws IOException, InputException {
        return write(folder, document.get("name").asText() + ".sweep.json", document);
    }

    private static Sweep write(Path folder, String name, ObjectNode document) throws IOException, InputException {
        Path file = folder.resolve(name);
        Investment.writeAtomically(file, Json.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
        return SweepLoader.load(file);
    }
}
