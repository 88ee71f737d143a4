package org.bordersim.invest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bordersim.files.InputException;
import org.bordersim.files.Json;
import org.bordersim.metrics.Metric;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepLoader;

/**
 * Every portfolio of a portfolio file as one sweep: a factorial design over the options, whose
 * levels are the parameters' values, with common random numbers, the horizon as the duration,
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
        ObjectNode doc = Json.STRICT.createObjectNode();
        doc.put("name", "portfolios");
        doc.put("description", "Every portfolio of " + p.name() + " (" + p.size() + " combinations of the options' levels), "
                + "written by 'bordersim invest'.");
        doc.put("scenario", p.scenarioFile().toAbsolutePath().normalize().toString());
        doc.put("seed", p.seed());
        doc.put("replications", p.replications());
        doc.put("commonRandomNumbers", true);
        doc.putObject("set").put("/durationDays", p.days());
        doc.putObject("design").put("type", "factorial").put("bootstrap", 0);
        ArrayNode parameters = doc.putArray("parameters");
        for (InvestOption o : p.options()) {
            ObjectNode q = parameters.addObject();
            q.put("name", o.name());
            q.put("pointer", o.pointer());
            ArrayNode values = q.putArray("values");
            for (InvestOption.Level l : o.levels()) values.add(l.value().deepCopy());
        }
        ArrayNode outputs = doc.putArray("outputs");
        for (Metric m : outputs(p)) outputs.add(m.column());
        return doc;
    }

    /**
     * Writes the sweep file into {@code folder} (replacing an earlier copy atomically) and loads it.
     * Its problems, if any, are the portfolio's (already checked by the portfolio loader).
     */
    public static Sweep write(Portfolio p, Path folder) throws IOException, InputException {
        Path file = folder.resolve(FILE);
        Investment.writeAtomically(file, Json.STRICT.writerWithDefaultPrettyPrinter().writeValueAsString(document(p)) + "\n");
        return SweepLoader.load(file);
    }
}
