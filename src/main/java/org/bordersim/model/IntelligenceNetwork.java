package org.bordersim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.Intelligence;
import org.bordersim.scenario.Intelligence.Sharing;

/**
 * Who learns what, when. A tip or a seizure alert is learnt by one BLO and reaches others by the
 * scenario's sharing topology: its own country's BLOs after the interagency latency, counterpart
 * BLOs across the border (and, through them, their country's BLOs) after the cross-border
 * latency, or every BLO through the regional centre. Latencies are divided by the sender's
 * communications quality (the lower of the two across a border). Messages from another country
 * are acted on only if trusted; the trust draw comes from the courier's own random stream.
 */
final class IntelligenceNetwork {
    static final byte NONE = 0;
    static final byte PENDING = 1;
    static final byte USED = 2;
    static final byte LATE = 3;
    static final byte DISTRUSTED = 4;

    private final Intelligence spec;
    private final BorderLiaisonOffice[] blos;
    private final int[][] sameCountry;
    private final int[][] counterparts;
    /** alertFrom[blo][group]: when a seizure alert about the group reached the BLO; alertUntil: when it lapses. */
    private final double[][] alertFrom;
    private final double[][] alertUntil;
    /** Scratch for spreading alerts; one network per replication, used by one thread. */
    private final double[] alertArrival;
    private final byte[] alertState;

    IntelligenceNetwork(Intelligence spec, BorderLiaisonOffice[] blos, int groups) {
        this.spec = spec;
        this.blos = blos;
        int n = blos.length;
        sameCountry = new int[n][];
        counterparts = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> same = new ArrayList<>();
            List<Integer> across = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                if (blos[j].site.country() == blos[i].site.country()) same.add(j);
                else if (blos[j].site.crossingPoint() == blos[i].site.crossingPoint()) across.add(j);
            }
            sameCountry[i] = same.stream().mapToInt(Integer::intValue).toArray();
            counterparts[i] = across.stream().mapToInt(Integer::intValue).toArray();
        }
        alertFrom = new double[n][groups];
        alertUntil = new double[n][groups];
        alertArrival = new double[n];
        alertState = new byte[n];
    }

    int[] counterparts(int blo) {
        return counterparts[blo];
    }

    /**
     * When a message learnt by {@code learner} at {@code hour} reaches each BLO ({@code arrival},
     * infinite if never) and whether it is trusted there ({@code state}: PENDING or DISTRUSTED).
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
        int shared = 0;
        int own = blos[learner].site.country();
        for (int b = 0; b < blos.length; b++) {
            if (b == learner || Double.isInfinite(arrival[b])) continue;
            shared++;
            boolean foreign = blos[b].site.country() != own;
            double trust = sharing == Sharing.REGIONAL_HUB && foreign ? spec.hubTrust() : spec.trust();
            state[b] = !foreign || draws.chance(trust) ? PENDING : DISTRUSTED;
        }
        return shared;
    }

    /** A seizure by {@code blo} of a courier of {@code group}: an alert that spreads like a tip. */
    void alert(int blo, int group, long hour, Courier draws, BorderModel model) {
        if (spec.seizureAlertDays() == 0) return;
        double[] arrival = alertArrival;
        byte[] state = alertState;
        int shared = spread(blo, hour, arrival, state, draws);
        double until = hour + spec.seizureAlertDays() * 24.0;
        int distrusted = 0;
        for (int b = 0; b < blos.length; b++) {
            if (state[b] == PENDING) {
                alertFrom[b][group] = arrival[b];
                alertUntil[b][group] = until;
            } else if (state[b] == DISTRUSTED) {
                distrusted++;
            }
        }
        model.emit(new ModelEvent.IntelOutcome(hour, group, shared, 0, 0, 0, distrusted));
    }

    /** Whether {@code blo} holds a live seizure alert about {@code group} at {@code hour}. */
    boolean alerted(int blo, int group, long hour) {
        return alertFrom[blo][group] <= hour && hour < alertUntil[blo][group];
    }

    private double comms(int blo) {
        return Math.max(0.01, blos[blo].communications);
    }
}
