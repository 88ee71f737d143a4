package org.bordersim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.Intelligence;
import org.bordersim.scenario.Intelligence.Sharing;

/**
 * Who learns what, when, and whom they believe. A tip or an alert is learnt by one BLO and reaches
 * others by the scenario's sharing topology: its own country's BLOs after the interagency latency,
 * counterpart BLOs across the border (and, through them, their country's BLOs) after the
 * cross-border latency, or every BLO through the regional centre. Latencies are divided by the
 * sender's communications quality (the lower of the two across a border). A message from another
 * country is acted on only if trusted; trust is a state of each link between the learner and the
 * receiver (it falls after a failed controlled delivery and rises after a successful one). The
 * trust draw comes from the courier's own random stream.
 */
final class IntelligenceNetwork {
    static final byte NONE = 0;
    static final byte PENDING = 1;
    static final byte USED = 2;
    static final byte LATE = 3;
    static final byte DISTRUSTED = 4;
    /** The BLO sent a team where it predicted the crossing. */
    static final byte TEAM_SENT = 5;
    /** The BLO wanted to send a team but had no officers free. */
    static final byte NO_OFFICER = 6;
    /** The courier crossed this BLO's sector while the BLO, holding the tip, looked elsewhere. */
    static final byte MISPREDICTED = 7;
    /** This BLO passed the tip on to the traffickers. */
    static final byte LEAKED = 8;
    /** The BLO would have acted on the tip after a leak had warned the courier. */
    static final byte VOIDED = 9;

    private final BorderModel model;
    private final Intelligence spec;
    private final BorderLiaisonOffice[] blos;
    private final int[][] sameCountry;
    private final int[][] counterparts;
    /** alertUntil[blo][group]: the hour until which the BLO holds an alert about the group (set when an alert arrives). */
    private final double[][] alertUntil;
    /** trust[a][b]: probability that b believes a message learnt by a (1 within a country). */
    private final double[][] trust;
    private final boolean foreignLinks;
    /** sharesAcross[a][b]: a and b are of different countries and messages pass between them. */
    private final boolean[][] sharesAcross;
    /** Named links: ends and latency at communications 1; empty unless the scenario lists some. */
    private final int[][] linkEnds;
    private final double[] linkLatency;
    /** Hubs: their member BLOs and latency at communications 1. */
    private final int[][] hubMembers;
    private final double[] hubLatency;

    /** @param countryIds the map's country ids, by which hubs may name their members */
    IntelligenceNetwork(BorderModel model, BorderLiaisonOffice[] blos, int groups, List<String> countryIds) {
        this.model = model;
        this.spec = model.scenario().intelligence();
        this.blos = blos;
        int n = blos.length;
        sameCountry = new int[n][];
        counterparts = new int[n][];
        trust = new double[n][n];
        sharesAcross = new boolean[n][n];
        boolean foreign = false;
        for (int i = 0; i < n; i++) {
            List<Integer> same = new ArrayList<>();
            List<Integer> across = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                boolean sameSide = blos[j].site.country() == blos[i].site.country();
                trust[i][j] = sameSide ? 1.0 : spec.sharing() == Sharing.REGIONAL_HUB ? spec.hubTrust() : spec.trust();
                if (j == i) continue;
                if (sameSide) same.add(j);
                else if (blos[i].site.crossingPoint() >= 0 && blos[j].site.crossingPoint() == blos[i].site.crossingPoint()) across.add(j);
                sharesAcross[i][j] = !sameSide && spec.sharing().reachesAcrossBorder();
                foreign |= sharesAcross[i][j];
            }
            sameCountry[i] = same.stream().mapToInt(Integer::intValue).toArray();
            counterparts[i] = across.stream().mapToInt(Integer::intValue).toArray();
        }
        // Named links and hubs: a pair's trust is its link's, else its shared hub's (the last listed), else the level's.
        List<Intelligence.Link> links = spec.links();
        linkEnds = new int[links.size()][];
        linkLatency = new double[links.size()];
        for (int l = 0; l < links.size(); l++) {
            int a = indexOf(blos, links.get(l).between().get(0));
            int b = indexOf(blos, links.get(l).between().get(1));
            linkEnds[l] = new int[] {a, b};
            linkLatency[l] = links.get(l).latencyHours();
        }
        List<Intelligence.Hub> hubs = spec.hubs();
        hubMembers = new int[hubs.size()][];
        hubLatency = new double[hubs.size()];
        for (int h = 0; h < hubs.size(); h++) {
            List<String> names = hubs.get(h).members();
            hubMembers[h] = IntStream.range(0, n).filter(b -> names.contains(blos[b].spec.name())
                    || names.contains(countryIds.get(blos[b].site.country()))).toArray();
            hubLatency[h] = hubs.get(h).latencyHours();
            for (int a : hubMembers[h]) {
                for (int b : hubMembers[h]) {
                    if (a == b || blos[a].site.country() == blos[b].site.country()) continue;
                    trust[a][b] = hubs.get(h).trust();
                    sharesAcross[a][b] = true;
                    foreign = true;
                }
            }
        }
        for (int l = 0; l < links.size(); l++) {
            int a = linkEnds[l][0];
            int b = linkEnds[l][1];
            if (blos[a].site.country() == blos[b].site.country()) continue;
            trust[a][b] = links.get(l).trust();
            trust[b][a] = links.get(l).trust();
            sharesAcross[a][b] = true;
            sharesAcross[b][a] = true;
            foreign = true;
        }
        foreignLinks = foreign;
        alertUntil = new double[n][groups];
    }

    private static int indexOf(BorderLiaisonOffice[] blos, String name) {
        for (int b = 0; b < blos.length; b++) if (blos[b].spec.name().equals(name)) return b;
        throw new IllegalStateException("no BLO '" + name + "' (ScenarioChecks lets none through)");
    }

    int[] counterparts(int blo) {
        return counterparts[blo];
    }

    /**
     * When a message learnt by {@code learner} at {@code hour} reaches each BLO ({@code arrival},
     * infinite if never) and whether it is believed there ({@code state}: PENDING or DISTRUSTED).
     * Returns how many BLOs besides the learner received it.
     */
    int spread(int learner, double hour, double[] arrival, byte[] state, Courier draws) {
        Arrays.fill(arrival, Double.POSITIVE_INFINITY);
        Arrays.fill(state, NONE);
        arrival[learner] = hour;
        state[learner] = PENDING;
        Sharing sharing = spec.sharing();
        if (sharing.reachesOwnCountry()) {
            double t = hour + spec.interagencyLatencyHours() / comms(learner);
            for (int b : sameCountry[learner]) arrival[b] = Math.min(arrival[b], t);
        }
        if (sharing == Sharing.CROSS_BORDER) {
            int own = blos[learner].site.country();
            for (int b = 0; b < blos.length; b++) {
                if (blos[b].site.country() != own || Double.isInfinite(arrival[b])) continue;
                for (int c : counterparts[b]) {
                    double t = arrival[b] + spec.crossBorderLatencyHours() / Math.min(comms(b), comms(c));
                    if (t < arrival[c]) arrival[c] = t;
                }
            }
            // Through each counterpart to the rest of its country.
            for (int c = 0; c < blos.length; c++) {
                if (blos[c].site.country() == own || Double.isInfinite(arrival[c])) continue;
                double t = arrival[c] + spec.interagencyLatencyHours() / comms(c);
                for (int d : sameCountry[c]) if (t < arrival[d]) arrival[d] = t;
            }
        }
        if (sharing == Sharing.REGIONAL_HUB) {
            double t = hour + spec.interagencyLatencyHours() / comms(learner) + spec.hubLatencyHours();
            for (int b = 0; b < blos.length; b++) if (t < arrival[b]) arrival[b] = t;
        }
        if (linkEnds.length > 0 || hubMembers.length > 0) spreadOverLinksAndHubs(arrival);
        int shared = 0;
        for (int b = 0; b < blos.length; b++) {
            if (b == learner || Double.isInfinite(arrival[b])) continue;
            shared++;
            // A foreign message always takes its draw, so a change of trust never shifts later draws.
            boolean foreign = blos[b].site.country() != blos[learner].site.country();
            state[b] = !foreign || draws.chance(trust[learner][b]) ? PENDING : DISTRUSTED;
        }
        return shared;
    }

    /**
     * Named links and hubs carry a message on from every BLO that has it, and a BLO it reaches passes it to its own
     * country's BLOs as the sharing level lets it (interagency latency): relaxed until nothing arrives sooner, as
     * messages pass along the quickest way. Without links and hubs nothing here runs, so the levels' arrivals are
     * exactly what they were.
     */
    private void spreadOverLinksAndHubs(double[] arrival) {
        boolean ownCountry = spec.sharing().reachesOwnCountry();
        for (int round = 0; round <= blos.length; round++) {
            boolean sooner = false;
            for (int l = 0; l < linkEnds.length; l++) {
                int a = linkEnds[l][0];
                int b = linkEnds[l][1];
                double latency = linkLatency[l] / Math.min(comms(a), comms(b));
                sooner |= relax(arrival, b, arrival[a] + latency);
                sooner |= relax(arrival, a, arrival[b] + latency);
            }
            for (int h = 0; h < hubMembers.length; h++) {
                double atHub = Double.POSITIVE_INFINITY;
                for (int m : hubMembers[h]) atHub = Math.min(atHub, arrival[m] + hubLatency[h] / comms(m));
                for (int m : hubMembers[h]) sooner |= relax(arrival, m, atHub);
            }
            if (ownCountry) {
                for (int c = 0; c < blos.length; c++) {
                    if (Double.isInfinite(arrival[c])) continue;
                    double t = arrival[c] + spec.interagencyLatencyHours() / comms(c);
                    for (int d : sameCountry[c]) sooner |= relax(arrival, d, t);
                }
            }
            if (!sooner) return;
        }
    }

    private static boolean relax(double[] arrival, int b, double t) {
        if (t >= arrival[b]) return false;
        arrival[b] = t;
        return true;
    }

    /**
     * Leaks of a tip learnt by {@code learner}: each BLO of another country that received it passes it on to the
     * traffickers with the leak chance (a draw for each, believed or not, so trust never shifts later draws). The
     * courier is warned from the soonest leak. Nothing is drawn when leaks are off.
     */
    void leak(Courier c) {
        double chance = spec.leaks().chance();
        if (chance == 0) return;
        int own = blos[c.intelLearner].site.country();
        for (int b = 0; b < blos.length; b++) {
            if (Double.isInfinite(c.intelAt[b]) || blos[b].site.country() == own || !c.chance(chance)) continue;
            if (c.leakedBy == null) c.leakedBy = new boolean[blos.length];
            c.leakedBy[b] = true;
            c.intelState[b] = LEAKED;
            c.warnedFrom = Math.min(c.warnedFrom, c.intelAt[b]);
        }
    }

    /**
     * At the end of a leaked shipment's journey the learner may find out who leaked (a draw for each leak): their
     * trust falls. It cannot find out sooner; it learns from what went wrong.
     */
    void findLeaks(Courier c) {
        if (c.leakedBy == null) return;
        Intelligence.Leaks leaks = spec.leaks();
        for (int b = 0; b < blos.length; b++) {
            if (!c.leakedBy[b] || !c.chance(leaks.discovered())) continue;
            model.emit(new ModelEvent.LeakFoundOut(model.hour(), c.intelLearner, b));
            adjustTrust(c.intelLearner, b, -leaks.trustLoss(), ModelEvent.TrustCause.LEAK_FOUND_OUT);
        }
    }

    /** An alert about {@code group} has reached {@code blo}: it holds it until {@code untilHour} (a later alert extends it). */
    void receiveAlert(int blo, int group, double untilHour) {
        alertUntil[blo][group] = Math.max(alertUntil[blo][group], untilHour);
    }

    /** Whether {@code blo} holds a live alert about {@code group} at {@code hour}. */
    boolean alerted(int blo, int group, long hour) {
        return hour < alertUntil[blo][group];
    }

    /**
     * Trust between two BLOs moves by {@code delta} (both ways), within [0, 1]; every move is reported, so each pair's
     * path can be drawn. A pair's trust is the same both ways: it starts so and moves only here.
     */
    void adjustTrust(int a, int b, double delta, ModelEvent.TrustCause cause) {
        double before = trust[a][b];
        double after = Math.max(0, Math.min(1, before + delta));
        trust[a][b] = after;
        trust[b][a] = after;
        if (after != before) model.emit(new ModelEvent.TrustChanged(model.hour(), a, b, before, after, cause));
    }

    /**
     * Mean trust over the pairs of BLOs of different countries that share (every such pair when the level reaches
     * across the border; else those joined by a link or a centre), or NaN if none do. Pairs that never exchange a
     * message have a trust that means nothing, so they are left out.
     */
    double meanForeignTrust() {
        if (!foreignLinks) return Double.NaN;
        double sum = 0;
        int n = 0;
        for (int a = 0; a < blos.length; a++) {
            for (int b = 0; b < blos.length; b++) {
                if (!sharesAcross[a][b]) continue;
                sum += trust[a][b];
                n++;
            }
        }
        return sum / n;
    }

    private double comms(int blo) {
        return Math.max(0.01, blos[blo].communications);
    }
}
