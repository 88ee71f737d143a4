package org.bordersim.metrics;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a watched run has done so far, counted from its events as they come: for views that show a run while it
 * runs (the studio's live map, the MASON display). Seizures per commodity (never one sum of kg), value seized,
 * persons rescued, shipments seized and delivered, what was spent, how long legitimate traffic waited, and where the
 * latest seizures happened. The numbers are defined as in runs.csv, but only up to now.
 */
public final class RunningTotals implements java.util.function.Consumer<ModelEvent> {
    private final double[] pricePerKg;
    private final double[] seizedKg;
    private final Deque<Integer> latestSeizures = new ArrayDeque<>();
    private final int seizuresKept;
    private double valueSeized;
    private double personsRescued;
    private long shipmentsSeized;
    private long shipmentsDelivered;
    private double spent;
    private double arrivals;
    private double waitHours;

    /** @param seizuresKept how many of the latest seizures' cells to keep */
    public RunningTotals(double[] pricePerKg, int seizuresKept) {
        this.pricePerKg = pricePerKg.clone();
        this.seizedKg = new double[pricePerKg.length];
        this.seizuresKept = seizuresKept;
    }

    @Override
    public synchronized void accept(ModelEvent e) {
        if (e instanceof ModelEvent.Seized s) {
            shipmentsSeized++;
            if (s.persons()) {
                personsRescued += s.quantity();
            } else {
                seizedKg[s.commodity()] += s.quantity();
                valueSeized += s.quantity() * pricePerKg[s.commodity()];
            }
            latestSeizures.addLast(s.cell());
            if (latestSeizures.size() > seizuresKept) latestSeizures.removeFirst();
        } else if (e instanceof ModelEvent.Delivered) {
            shipmentsDelivered++;
        } else if (e instanceof ModelEvent.Spent sp) {
            spent += sp.amount();
        } else if (e instanceof ModelEvent.CheckpointDay d) {
            arrivals += d.arrivals();
            waitHours += d.waitHours();
        }
    }

    /** kg seized of the commodity with this ordinal. */
    public synchronized double seizedKg(int commodity) {
        return seizedKg[commodity];
    }

    public synchronized double valueSeized() {
        return valueSeized;
    }

    public synchronized double personsRescued() {
        return personsRescued;
    }

    public synchronized long shipmentsSeized() {
        return shipmentsSeized;
    }

    public synchronized long shipmentsDelivered() {
        return shipmentsDelivered;
    }

    /** Seized / (seized + delivered) shipments so far; NaN before any finished. */
    public synchronized double interdictionRate() {
        long finished = shipmentsSeized + shipmentsDelivered;
        return finished == 0 ? Double.NaN : shipmentsSeized / (double) finished;
    }

    public synchronized double spent() {
        return spent;
    }

    /** The wait of inspected legitimate arrivals spread over all arrivals, in minutes; NaN before any arrival. */
    public synchronized double tradeDelayMinutes() {
        return arrivals == 0 ? Double.NaN : 60 * waitHours / arrivals;
    }

    /** The cells of the latest seizures, oldest first (a copy). */
    public synchronized int[] latestSeizureCells() {
        return latestSeizures.stream().mapToInt(Integer::intValue).toArray();
    }
}
