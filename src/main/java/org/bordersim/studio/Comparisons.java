package org.bordersim.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bordersim.experiment.Comparison;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.metrics.Metric;
import org.bordersim.metrics.Numbers;
import org.bordersim.report.CompareReport;
import org.bordersim.report.MapImage;
import org.bordersim.report.OutcomeTable;
import org.bordersim.stats.PairedDifference;

/**
 * Comparisons of a what-if against its baseline, queued as studio jobs ({@link JobQueue}), with what
 * the page shows of each: every outcome's paired difference in words.
 */
final class Comparisons implements AutoCloseable {
    /** The outcomes the page shows, in this order. */
    static final List<Metric> SHOWN = List.of(Metric.VALUE_SEIZED, Metric.KG_SEIZED, Metric.PERSONS_RESCUED, Metric.INTERDICTION_RATE,
            Metric.SEIZED_OPIATES, Metric.SEIZED_HASHISH, Metric.SEIZED_PRECURSORS, Metric.TRADE_DELAY_P95_MINUTES,
            Metric.OFFICER_MEAN_SKILL, Metric.TOTAL_COST, Metric.COST_PER_VALUE_SEIZED);

    /** One comparison's state, read by the page while it runs. */
    static final class Job extends JobQueue.Job {
        final int total;
        /** What was asked, for the briefing: the scenario, its name, the changes and the replications. */
        final String file;
        final String scenarioName;
        final Map<String, com.fasterxml.jackson.databind.JsonNode> changes;
        final int replications;
        final String currency;
        volatile List<Map<String, Object>> rows = List.of();
        volatile List<String> warnings = List.of();
        /** Crossings at each place, scenario against what-if; empty when their maps differ. */
        volatile List<Map<String, Object>> places = List.of();
        /** The map of where crossings moved, as a data URL; null when their maps differ. */
        volatile String placeMap;

        Job(long id, int total, String file, String scenarioName, Map<String, com.fasterxml.jackson.databind.JsonNode> changes,
            int replications, String currency) {
            super(id);
            this.total = total;
            this.file = file;
            this.scenarioName = scenarioName;
            this.changes = Map.copyOf(changes);
            this.replications = replications;
            this.currency = currency;
        }
    }

    /** Finished comparisons kept (a few kB each); older ones are dropped. */
    static final int KEPT = 100;
    private final JobQueue<Job> jobs = new JobQueue<>("studio-compare", KEPT);
    private final int threads;

    Comparisons(int threads) {
        this.threads = threads;
    }

    /** Starts comparing the what-if (scenario 1) with the baseline (scenario 0), both already given seed and replications. */
    Job start(String file, Map<String, com.fasterxml.jackson.databind.JsonNode> changes, PreparedScenario baseline,
              PreparedScenario whatIf, String currency) {
        int reps = baseline.scenario().replications();
        return jobs.submit(id -> new Job(id, 2 * reps, file, baseline.scenario().name(), changes, reps, currency), job -> {
            Comparison c = Comparison.run(List.of(baseline, whatIf), threads, job.done::incrementAndGet);
            job.rows = rows(c, currency);
            job.warnings = CompareReport.warnings(c);
            if (!CompareReport.sharedPlaces(c).isEmpty()) {
                List<PairedDifference> byPlace = new ArrayList<>();
                for (int l = 0; l < baseline.world().locationNames().size(); l++) byPlace.add(c.placeDifference(1, l));
                job.places = places(byPlace, baseline.world(), c.replications());
                job.placeMap = "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(
                        MapImage.pngBytes(baseline.world(), baseline.scenario(), MapImage.Shift.of(byPlace)));
            }
        });
    }

    Job get(long id) {
        return jobs.get(id);
    }

    /** Each shown outcome: baseline, what-if, the paired difference with its CI, and what it means in words. */
    static List<Map<String, Object>> rows(Comparison c, String currency) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Metric m : SHOWN) {
            PairedDifference d = c.difference(1, m);
            if (d.n() == 0) continue;
            String unit = m.unit().replace("currency", currency);
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("outcome", OutcomeTable.labelInSentence(m));
            row.put("unit", unit);
            row.put("baseline", d.baselineMean());
            row.put("whatIf", d.alternativeMean());
            row.put("difference", d.meanDifference());
            row.put("low", d.ciLow());
            row.put("high", d.ciHigh());
            row.put("words", words(d, unit, c.replications()));
            out.add(row);
        }
        return out;
    }

    /** What the page lists of each place: its name and kind, both means, the difference and what it means in words. */
    static List<Map<String, Object>> places(List<PairedDifference> byPlace, org.bordersim.world.World world, int replications) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int l = 0; l < byPlace.size(); l++) {
            PairedDifference d = byPlace.get(l);
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("place", world.locationNames().get(l));
            row.put("kind", world.isCrossingPointLocation(l) ? "crossing point" : "green border");
            row.put("baseline", d.baselineMean());
            row.put("whatIf", d.alternativeMean());
            row.put("difference", d.meanDifference());
            row.put("words", words(d, "crossings", replications));
            out.add(row);
        }
        return out;
    }

    /** E.g. "about 410 kg more [100, 720]; not detectable at 10 (about 40 needed)". */
    static String words(PairedDifference d, String unit, int replications) {
        double m = d.meanDifference();
        String amount = m == 0 ? "exactly the same" : "about " + Numbers.readable(Math.abs(m)) + " " + unit + (m > 0 ? " more" : " less");
        String interval = Double.isNaN(d.ciLow()) || m == 0 ? "" : " [" + Numbers.readable(d.ciLow()) + ", " + Numbers.readable(d.ciHigh()) + "]";
        return amount + interval + "; " + CompareReport.shortVerdict(d, replications);
    }

    @Override
    public void close() {
        jobs.close();
    }
}
