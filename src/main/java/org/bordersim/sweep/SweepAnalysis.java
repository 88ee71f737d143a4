package org.bordersim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bordersim.design.FactorialDesign;
import org.bordersim.design.MorrisDesign;
import org.bordersim.design.SaltelliDesign;
import org.bordersim.design.SweepParameter;
import org.bordersim.experiment.Seeds;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.stats.ElementaryEffects;
import org.bordersim.stats.RunningMoments;
import org.bordersim.stats.SobolIndices;
import org.bordersim.stats.Summary;

/**
 * What a finished sweep says, read in one pass over its runs.csv: per point the mean and CI of
 * every output of interest, main effects of every parameter, and for Sobol and Morris designs
 * the sensitivity indices. It keeps statistics per point and per parameter level, never per
 * run. Failed runs are counted and left out of the statistics.
 */
public record SweepAnalysis(Sweep sweep, long runsOk, long runsFailed, List<PointSummary> points,
                            List<MainEffect> mainEffects, SobolIndices.Index[][] sobol,
                            ElementaryEffects.Effect[][] morris) {
    /** Continuous parameters are cut into this many equal bins for main-effect plots. */
    public static final int BINS = 10;

    /** One point: its values, how many runs succeeded and failed, and each output's summary. */
    public record PointSummary(int point, JsonNode[] values, int ok, int failed, Summary[] outputs) {
    }

    /**
     * The mean of each output over all runs at each level (or bin) of one parameter, averaging
     * over everything else the design varies.
     *
     * @param labels what each level is (a value, or a bin's centre)
     * @param x      where each level goes on a numeric axis (NaN for non-numeric values)
     * @param byOutput [output][level]
     */
    public record MainEffect(SweepParameter parameter, List<String> labels, double[] x, Summary[][] byOutput) {
    }

    /** Bytes the analysis keeps: per point its values and per output a running summary and a summary. */
    public static long bytesNeeded(Sweep sweep) {
        long perPoint = 64 + 48L * sweep.parameters().size() + 160L * sweep.outputs().size();
        return sweep.design().points() * perPoint;
    }

    public static SweepAnalysis of(Sweep sweep, Path runsCsv) throws IOException {
        List<Metric> outputs = sweep.outputs();
        int points = sweep.design().points();
        int k = sweep.parameters().size();
        RunningMoments[][] perPoint = new RunningMoments[points][outputs.size()];
        int[] ok = new int[points];
        int[] failed = new int[points];
        int[] levels = new int[k];
        for (int i = 0; i < k; i++) levels[i] = levelCount(sweep, i);
        RunningMoments[][][] effects = new RunningMoments[k][][];
        for (int i = 0; i < k; i++) effects[i] = new RunningMoments[outputs.size()][levels[i]];
        long runsOk = 0;
        long runsFailed = 0;
        try (Reader in = Files.newBufferedReader(runsCsv, StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            int[] column = new int[outputs.size()];
            for (int o = 0; o < outputs.size(); o++) column[o] = csv.getHeaderMap().get(outputs.get(o).column());
            for (CSVRecord r : csv) {
                int point = Integer.parseInt(r.get("point"));
                if (!SweepJournal.OK.equals(r.get("status"))) {
                    failed[point]++;
                    runsFailed++;
                    continue;
                }
                ok[point]++;
                runsOk++;
                for (int o = 0; o < outputs.size(); o++) {
                    String text = r.get(column[o]);
                    if (text.isEmpty()) continue;
                    double v = Double.parseDouble(text);
                    add(perPoint[point], o, v);
                    for (int i = 0; i < k; i++) add(effects[i][o], level(sweep, point, i), v);
                }
            }
        }
        List<PointSummary> summaries = new ArrayList<>(points);
        for (int p = 0; p < points; p++) {
            Summary[] s = new Summary[outputs.size()];
            for (int o = 0; o < outputs.size(); o++) s[o] = summary(perPoint[p][o]);
            summaries.add(new PointSummary(p, sweep.values(p), ok[p], failed[p], s));
        }
        List<MainEffect> mainEffects = new ArrayList<>(k);
        for (int i = 0; i < k; i++) mainEffects.add(mainEffect(sweep, i, levels[i], effects[i]));
        return new SweepAnalysis(sweep, runsOk, runsFailed, summaries, mainEffects, sobol(sweep, summaries), morris(sweep, summaries));
    }

    private static void add(RunningMoments[] row, int i, double v) {
        if (row[i] == null) row[i] = new RunningMoments();
        row[i].add(v);
    }

    private static Summary summary(RunningMoments s) {
        if (s == null) return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        return s.summary(0.95);
    }

    /**
     * Levels of parameter i in main-effect plots: its grid, its listed values, each whole number of
     * a whole-number range of at most {@link #BINS} values, or {@link #BINS} equal bins.
     */
    private static int levelCount(Sweep sweep, int i) {
        SweepParameter p = sweep.parameters().get(i);
        if (sweep.design() instanceof FactorialDesign) return p.grid().size();
        if (!p.isRange()) return p.values().size();
        return everyWholeNumber(p) ? (int) (Math.round(p.max()) - Math.round(p.min()) + 1) : BINS;
    }

    /** A whole-number range narrow enough to give each of its values a level of its own. */
    private static boolean everyWholeNumber(SweepParameter p) {
        return p.isRange() && p.integer() && Math.round(p.max()) - Math.round(p.min()) + 1 <= BINS;
    }

    private static int level(Sweep sweep, int point, int i) {
        if (sweep.design() instanceof FactorialDesign f) return f.level(point, i);
        SweepParameter p = sweep.parameters().get(i);
        double u = sweep.design().position(point, i);
        if (everyWholeNumber(p)) return (int) (p.at(u).asLong() - Math.round(p.min()));
        int n = p.isRange() ? BINS : p.values().size();
        return (int) Math.min(n - 1, Math.floor(u * n));
    }

    private static MainEffect mainEffect(Sweep sweep, int i, int levels, RunningMoments[][] stats) {
        SweepParameter p = sweep.parameters().get(i);
        List<String> labels = new ArrayList<>(levels);
        double[] x = new double[levels];
        boolean binned = p.isRange() && !(sweep.design() instanceof FactorialDesign) && !everyWholeNumber(p);
        for (int l = 0; l < levels; l++) {
            if (binned) {
                // A bin is labelled by its span, in as few digits as tell the bins apart.
                double lo = p.min() + l / (double) BINS * (p.max() - p.min());
                double hi = p.min() + (l + 1) / (double) BINS * (p.max() - p.min());
                labels.add(p.integer() ? Math.round(lo) + "-" + Math.round(hi) : Numbers.short3(lo) + "-" + Numbers.short3(hi));
                x[l] = (lo + hi) / 2;
                continue;
            }
            JsonNode value;
            if (sweep.design() instanceof FactorialDesign) value = p.grid().get(l);
            else if (everyWholeNumber(p)) value = org.bordersim.files.Json.STRICT.getNodeFactory().numberNode(Math.round(p.min()) + l);
            else value = p.values().get(l);
            labels.add(SweepParameter.text(value));
            x[l] = value.isNumber() ? value.asDouble() : Double.NaN;
        }
        Summary[][] byOutput = new Summary[stats.length][levels];
        for (int o = 0; o < stats.length; o++) for (int l = 0; l < levels; l++) byOutput[o][l] = summary(stats[o][l]);
        return new MainEffect(p, labels, x, byOutput);
    }

    /** Sobol indices per output from point means; rows with an undefined point are left out. */
    private static SobolIndices.Index[][] sobol(Sweep sweep, List<PointSummary> points) {
        if (!(sweep.design() instanceof SaltelliDesign d)) return null;
        int k = sweep.parameters().size();
        SobolIndices.Index[][] out = new SobolIndices.Index[sweep.outputs().size()][];
        for (int o = 0; o < out.length; o++) {
            List<Integer> rows = new ArrayList<>();
            for (int j = 0; j < d.samples(); j++) {
                boolean defined = true;
                for (int m = d.pointA(j); m <= d.pointAB(j, k - 1); m++) defined &= points.get(m).outputs()[o].n() > 0;
                if (defined) rows.add(j);
            }
            double[] fA = new double[rows.size()];
            double[] fB = new double[rows.size()];
            double[][] fAB = new double[k][rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                int j = rows.get(r);
                fA[r] = points.get(d.pointA(j)).outputs()[o].mean();
                fB[r] = points.get(d.pointB(j)).outputs()[o].mean();
                for (int i = 0; i < k; i++) fAB[i][r] = points.get(d.pointAB(j, i)).outputs()[o].mean();
            }
            out[o] = rows.size() < 2 ? null : SobolIndices.estimate(fA, fB, fAB, sweep.bootstrap(), Seeds.design(sweep.seed()) + o);
        }
        return out;
    }

    private static ElementaryEffects.Effect[][] morris(Sweep sweep, List<PointSummary> points) {
        if (!(sweep.design() instanceof MorrisDesign d)) return null;
        int k = sweep.parameters().size();
        ElementaryEffects.Effect[][] out = new ElementaryEffects.Effect[sweep.outputs().size()][k];
        for (int o = 0; o < out.length; o++) {
            ElementaryEffects ee = new ElementaryEffects(k);
            for (int t = 0; t < d.trajectories(); t++) {
                for (int s = 0; s < k; s++) {
                    int before = d.pointBefore(t, s);
                    ee.add(d.moved(t, s), points.get(before).outputs()[o].mean(), points.get(before + 1).outputs()[o].mean(), d.step(t, s));
                }
            }
            for (int i = 0; i < k; i++) out[o][i] = ee.effect(i);
        }
        return out;
    }
}
