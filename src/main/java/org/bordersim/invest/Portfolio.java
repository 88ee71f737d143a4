package org.bordersim.invest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bordersim.metrics.Metric;
import org.bordersim.scenario.LoadedScenario;

/**
 * A loaded, checked portfolio file: the donor's question. Portfolio p is one combination of the
 * options' levels, numbered as a factorial design numbers its points (the last option varies
 * fastest), so portfolio 0, every option at its first level, is the base scenario.
 *
 * @param scenarioFile the base scenario file
 * @param base         the base scenario as the portfolio runs it (its duration set to the horizon)
 * @param selection    ranking and selection; its indifference is NaN when the file leaves it to the default
 * @param conditions   uncertain conditions the {@code leaders} best portfolios are tested under
 * @param fixed        what every run sets: the horizon as the duration, and the file's unit costs
 * @param officersAtMost the ceiling on officer posts (staffing summed over BLOs); Integer.MAX_VALUE for none
 * @param effective    the portfolio file with defaults applied and keys sorted
 * @param hash         SHA-256 of the effective file (without where the base scenario lives) and the base scenario
 */
public record Portfolio(Path file, String name, String description, Path scenarioFile, LoadedScenario base,
                        double horizonYears, Budget budget, Metric outcome, List<Constraint> constraints,
                        List<InvestOption> options, Selection.Settings selection, SearchSettings search, List<Condition> conditions,
                        Map<String, JsonNode> fixed, int officersAtMost, int leaders,
                        long seed, int replications, JsonNode effective, String hash) {
    public Portfolio {
        constraints = List.copyOf(constraints);
        options = List.copyOf(options);
        conditions = List.copyOf(conditions);
        fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fixed));
    }

    /** Days every replication simulates: the horizon at 365 days a year, rounded. */
    public int days() {
        return horizonDays(horizonYears);
    }

    static int horizonDays(double years) {
        return (int) Math.round(365 * years);
    }

    /** Whether the space is searched rather than run in full. */
    public boolean searched() {
        return size() > search.exhaustiveUpTo();
    }

    /** The number of portfolios: every combination of every option's levels. */
    public int size() {
        int n = 1;
        for (InvestOption o : options) n *= o.levels().size();
        return n;
    }

    /** The level of option {@code option} in portfolio {@code p} (the last option varies fastest). */
    public int level(int p, int option) {
        int rest = p;
        for (int i = options.size() - 1; i > option; i--) rest /= options.get(i).levels().size();
        return rest % options.get(option).levels().size();
    }

    /** The portfolio that changes only option {@code option}, to {@code level}. */
    public int alone(int option, int level) {
        int stride = 1;
        for (int i = options.size() - 1; i > option; i--) stride *= options.get(i).levels().size();
        return level * stride;
    }

    private static final java.util.regex.Pattern STAFFING = java.util.regex.Pattern.compile("^/blos/(\\d+|\\*)/staffing$");

    /**
     * Officer posts of portfolio p: the base scenario's staffing, BLO by BLO, with whatever the
     * portfolio's options set at {@code /blos/<i>/staffing} or {@code /blos/*}{@code /staffing}.
     */
    public int officers(int p) {
        int[] staffing = base.scenario().blos().stream().mapToInt(b -> b.staffing()).toArray();
        for (int o = 0; o < options.size(); o++) {
            for (Map.Entry<String, JsonNode> e : options.get(o).settings(level(p, o)).entrySet()) {
                java.util.regex.Matcher m = STAFFING.matcher(e.getKey());
                if (!m.matches()) continue;
                if (m.group(1).equals("*")) java.util.Arrays.fill(staffing, e.getValue().asInt());
                else staffing[Integer.parseInt(m.group(1))] = e.getValue().asInt();
            }
        }
        return java.util.Arrays.stream(staffing).sum();
    }

    /** One-off costs of portfolio p: the sum of its levels' capital costs. */
    public double capitalCost(int p) {
        double sum = 0;
        for (int i = 0; i < options.size(); i++) sum += options.get(i).level(level(p, i)).capitalCost();
        return sum;
    }

    /** How many options portfolio p changes from the base scenario. */
    public int optionsChanged(int p) {
        int n = 0;
        for (int i = 0; i < options.size(); i++) if (level(p, i) != 0) n++;
        return n;
    }

    public String shortHash() {
        return hash.substring(0, 12);
    }
}
