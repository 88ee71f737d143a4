package org.bordersim.report;


import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bordersim.experiment.Seeds;
import org.bordersim.files.Json;
import org.bordersim.metrics.BloTotals;
import org.bordersim.metrics.GroupTotals;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.metrics.PostLoad;
import org.bordersim.metrics.PostTotals;
import org.bordersim.metrics.RunResult;
import org.bordersim.metrics.SeriesMetric;
import org.bordersim.output.Manifest;
import org.bordersim.output.OutputFile;
import org.bordersim.output.RunInfo;
import org.bordersim.scenario.LoadedScenario;
import org.bordersim.scenario.Scenario;
import org.bordersim.stats.Summary;
import org.bordersim.world.World;

/**
 * Writes the files of one {@code run}: manifest.json, runs.csv, series.csv, quarters.csv,
 * posts.csv, groups.csv, blos.csv, summary.json, charts/*.png and report.html. Everything but the manifest (which records the command line)
 * is a function of the scenario and the results only.
 */
public final class RunReport {
    public static final String KG_CHART = "charts/kg-seized-per-week.png";
    public static final String CROSSINGS_CHART = "charts/crossings-by-location.png";
    public static final String MAP_IMAGE = "charts/map.png";
    public static final String QUARTERS_CHART = "charts/crossings-by-quarter.png";
    public static final String TRUST_CHART = "charts/trust.png";
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private RunReport() {
    }

    public static void write(Path dir, LoadedScenario loaded, World world, List<RunResult> runs, RunInfo info)
            throws IOException {
        Files.createDirectories(dir.resolve("charts"));
        writeManifest(dir, loaded, runs, info);
        writeRuns(dir.resolve(OutputFile.RUNS.fileName()), world, runs);
        writeSeries(dir.resolve(OutputFile.SERIES.fileName()), runs);
        writeQuarters(dir.resolve(OutputFile.QUARTERS.fileName()), world, runs);
        writePosts(dir.resolve(OutputFile.POSTS.fileName()), loaded.scenario(), runs);
        writeGroups(dir.resolve(OutputFile.GROUPS.fileName()), loaded.scenario(), runs);
        writeBlos(dir.resolve(OutputFile.BLOS.fileName()), loaded.scenario(), runs);
        writeSummary(dir.resolve(OutputFile.SUMMARY.fileName()), loaded, runs);
        writeTrust(OutputFile.TRUST.in(dir), loaded.scenario(), runs);
        int fullWeeks = Math.max(1, loaded.scenario().durationDays() / 7);
        Charts.png(Charts.weeklyWithBand(runs, fullWeeks, SeriesMetric.KG_SEIZED, "Kilograms seized per week", "kg seized"),
                dir.resolve(KG_CHART));
        Charts.png(Charts.crossingsByLocation(runs, world.locationNames()), dir.resolve(CROSSINGS_CHART));
        Charts.png(Charts.sharesByQuarter(runs, world.locationNames()), dir.resolve(QUARTERS_CHART));
        MapImage.png(world, loaded.scenario(), MapImage.Activity.of(world, runs), dir.resolve(MAP_IMAGE));
        List<TrustPaths.Path> trust = TrustPaths.of(runs, fullWeeks);
        if (!trust.isEmpty()) Charts.png(TrustPaths.chart(trust, loaded.scenario(), runs.size()), dir.resolve(TRUST_CHART));
        HtmlReport.write(dir, loaded, world, runs, info, trust);
    }

    /** Column names of runs.csv: replication, seed, every metric, then crossings per location. */
    static List<String> runColumns(World world) {
        List<String> header = new ArrayList<>(List.of("replication", "seed"));
        for (Metric m : Metric.values()) header.add(m.column());
        for (String location : world.locationNames()) header.add("crossings_" + location);
        return header;
    }

    public static void writeRuns(Path file, World world, List<RunResult> runs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(runColumns(world));
            for (RunResult r : runs) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(r.replication()));
                row.add(Long.toString(r.seed()));
                for (double v : r.metrics()) row.add(Numbers.exact(v));
                for (long c : r.crossingsByLocation()) row.add(Long.toString(c));
                csv.printRecord(row);
            }
        }
    }

    public static void writeSeries(Path file, List<RunResult> runs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<String> header = new ArrayList<>(List.of("replication", "week"));
            for (SeriesMetric m : SeriesMetric.values()) header.add(m.column());
            csv.printRecord(header);
            for (RunResult r : runs) {
                for (int w = 0; w < r.weeks(); w++) {
                    List<String> row = new ArrayList<>();
                    row.add(Integer.toString(r.replication()));
                    row.add(Integer.toString(w + 1));
                    for (double v : r.weekly()[w]) row.add(Numbers.exact(v));
                    csv.printRecord(row);
                }
            }
        }
    }

    /** Crossings per location in each quarter of the run, and that location's share of the quarter's crossings. */
    public static void writeQuarters(Path file, World world, List<RunResult> runs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("replication", "quarter", "location", "crossings", "share");
            for (RunResult r : runs) {
                for (int q = 0; q < 4; q++) {
                    long total = 0;
                    for (long c : r.crossingsByQuarter()[q]) total += c;
                    for (int l = 0; l < world.locationNames().size(); l++) {
                        long c = r.crossingsByQuarter()[q][l];
                        csv.printRecord(r.replication(), q + 1, world.locationNames().get(l), c,
                                Numbers.exact(total == 0 ? Double.NaN : c / (double) total));
                    }
                }
            }
        }
    }

    /**
     * Each BLO's inspection post per replication: its counts, its load (chosen / capacity), the
     * probability that a chosen arrival waited or was waved through, and the share inspected
     * against the target share.
     */
    public static void writePosts(Path file, Scenario scenario, List<RunResult> runs) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<String> header = new ArrayList<>(List.of("replication", "blo"));
            for (PostTotals t : PostTotals.values()) header.add(t.column());
            header.addAll(List.of("load", "wait_probability", "inspected_share", "target_share", "mean_wait_minutes"));
            csv.printRecord(header);
            for (RunResult r : runs) {
                for (int b = 0; b < r.posts().length; b++) {
                    double[] p = r.posts()[b];
                    List<String> row = new ArrayList<>(List.of(Integer.toString(r.replication()), scenario.blos().get(b).name()));
                    for (double v : p) row.add(Numbers.exact(v));
                    row.add(Numbers.exact(PostLoad.load(p)));
                    row.add(Numbers.exact(PostLoad.waitProbability(p)));
                    row.add(Numbers.exact(PostLoad.inspectedShare(p)));
                    row.add(Numbers.exact(scenario.blos().get(b).checkpoint().targetInspectionShare()));
                    row.add(Numbers.exact(PostLoad.meanWaitMinutes(p)));
                    csv.printRecord(row);
                }
            }
        }
    }

    /** Each trafficking group per replication: shipments and quantities sent, seized and delivered. */
    public static void writeGroups(Path file, Scenario scenario, List<RunResult> runs) throws IOException {
        List<String> header = new ArrayList<>(List.of("replication", "group", "commodity", "unit"));
        for (GroupTotals t : GroupTotals.values()) header.add(t.column());
        writeByActor(file, header, runs, RunResult::groups, g -> {
            var spec = scenario.groups().get(g);
            return List.of(spec.name(), spec.commodity().jsonName(), spec.commodity().countedInPersons() ? "persons" : "kg");
        });
    }

    /** Each BLO per replication, as an actor: its seizures by every means, what they took, its sightings and teams. */
    public static void writeBlos(Path file, Scenario scenario, List<RunResult> runs) throws IOException {
        List<String> header = new ArrayList<>(List.of("replication", "blo", "crossing", "country"));
        for (BloTotals t : BloTotals.values()) header.add(t.column());
        writeByActor(file, header, runs, RunResult::blos, b -> {
            var spec = scenario.blos().get(b);
            return List.of(spec.name(), spec.place(), spec.country());
        });
    }

    /** Every move of the trust between two BLOs, per replication, with its cause (docs/ODD.md §7.11). */
    public static void writeTrust(Path file, Scenario scenario, List<RunResult> runs) throws IOException {
        TrustPaths.writeCsv(file, scenario, runs);
    }

    /**
     * One row per replication and actor (group or BLO): the replication, what names the actor, then its totals.
     */
    private static void writeByActor(Path file, List<String> header, List<RunResult> runs,
                                     java.util.function.Function<RunResult, double[][]> totals,
                                     java.util.function.IntFunction<List<String>> names) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(header);
            for (RunResult r : runs) {
                double[][] byActor = totals.apply(r);
                for (int a = 0; a < byActor.length; a++) {
                    List<String> row = new ArrayList<>();
                    row.add(Integer.toString(r.replication()));
                    row.addAll(names.apply(a));
                    for (double v : byActor[a]) row.add(Numbers.exact(v));
                    csv.printRecord(row);
                }
            }
        }
    }

    static void writeSummary(Path file, LoadedScenario loaded, List<RunResult> runs) throws IOException {
        ObjectNode root = Json.STRICT.createObjectNode();
        root.put("scenario", loaded.scenario().name());
        root.put("replications", runs.size());
        root.put("confidence", 0.95);
        ObjectNode metrics = root.putObject("metrics");
        for (Metric m : Metric.values()) {
            Summary s = OutcomeTable.summarise(runs, m);
            ObjectNode o = metrics.putObject(m.column());
            o.put("unit", OutcomeTable.unit(m, loaded.scenario()));
            o.put("n", s.n());
            putNumber(o, "mean", s.mean());
            putNumber(o, "sd", s.sd());
            putNumber(o, "ciLow", s.ciLow());
            putNumber(o, "ciHigh", s.ciHigh());
            o.put("description", m.description());
        }
        Json.STRICT.writeValue(file.toFile(), root);
    }

    private static void putNumber(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) o.put(field, v);
        else o.putNull(field);
    }

    static void writeManifest(Path dir, LoadedScenario loaded, List<RunResult> runs, RunInfo info) throws IOException {
        Manifest manifest = Manifest.of(info).seeds(loaded.scenario().seed(), Seeds.REPLICATIONS);
        ObjectNode root = manifest.json();
        root.put("scenarioFile", loaded.file().toString());
        root.put("scenarioSha256", loaded.sha256());
        if (!loaded.mapData().isEmpty()) {
            ObjectNode data = root.putObject("mapDataSha256");
            loaded.mapData().forEach(data::put);
        }
        ArrayNode seeds = root.putArray("replicationSeeds");
        runs.forEach(r -> seeds.add(r.seed()));
        root.set("effectiveScenario", loaded.effective());
        manifest.writeInto(dir);
    }
}
