package org.bordersim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.bordersim.metrics.ModelEvent;
import org.bordersim.scenario.CheckpointSpec;

/**
 * Inspection at one BLO's crossing post, as an M/M/c queue. Legitimate traffic arrives as a
 * Poisson process (exact arrival times, carried across hours); a share of arrivals is chosen for
 * inspection and queues first-come first-served for the c officers on checkpoint duty this hour,
 * each inspecting for an exponential time of mean 1/mu. When the wait would exceed the post's
 * limit, a chosen arrival is waved through instead. Couriers who pass the post are chosen like
 * everyone else (or always, when the post was tipped off) but do not wait in the model; when the
 * queue is over its limit, a chosen courier is waved through like everyone else.
 */
final class Checkpoint {
    /** Waits are binned by the minute up to two days; longer waits share the last bin. */
    static final int WAIT_BINS = 48 * 60;

    private final CheckpointSpec spec;
    private final MersenneTwisterFast random;
    private final Officer[] onDuty;
    private final double[] freeAt;
    private final double scannerGap;
    private final int scanners;
    private int onDutyCount;
    private double nextArrival;
    private long arrivalsToday;
    private long chosenToday;
    private long inspectedToday;
    private long wavedToday;
    private long waitedToday;
    private double waitHoursToday;
    private long officerHoursToday;
    private final long[] waitMinutes = new long[WAIT_BINS];
    private boolean queueFull;

    Checkpoint(CheckpointSpec spec, int maxOfficers, MersenneTwisterFast random, int scanners, double scannerGap) {
        this.spec = spec;
        this.random = random;
        this.onDuty = new Officer[maxOfficers];
        this.freeAt = new double[maxOfficers];
        this.scanners = scanners;
        this.scannerGap = scannerGap;
        this.nextArrival = spec.legitimateArrivalsPerHour() > 0 ? exponential(spec.legitimateArrivalsPerHour()) : Double.POSITIVE_INFINITY;
    }

    void clearDuty() {
        onDutyCount = 0;
    }

    void assign(Officer officer) {
        onDuty[onDutyCount++] = officer;
    }

    int onDutyCount() {
        return onDutyCount;
    }

    /** Serves this hour's legitimate arrivals, in order, with this hour's officers. */
    void openHour(long hour) {
        double end = hour + 1;
        int c = onDutyCount;
        officerHoursToday += c;
        while (nextArrival < end) {
            double t = nextArrival;
            nextArrival += exponential(spec.legitimateArrivalsPerHour());
            arrivalsToday++;
            if (c == 0 || !random.nextBoolean(spec.targetInspectionShare())) {
                waitMinutes[0]++;
                continue;
            }
            chosenToday++;
            int server = earliestFree(c);
            double start = Math.max(t, freeAt[server]);
            double wait = start - t;
            if (spec.maxQueueHours() > 0 && wait > spec.maxQueueHours()) {
                wavedToday++;
                waitMinutes[0]++;
                continue;
            }
            freeAt[server] = start + exponential(spec.inspectionsPerOfficerHour());
            inspectedToday++;
            if (wait > 0) waitedToday++;
            waitHoursToday += wait;
            waitMinutes[(int) Math.min(WAIT_BINS - 1, wait * 60)]++;
        }
        queueFull = c > 0 && spec.maxQueueHours() > 0 && freeAt[earliestFree(c)] - end > spec.maxQueueHours();
    }

    /**
     * The post is shut this hour (its crossing closed, its pass snowed in): no traffic comes. By the Poisson process's
     * lack of memory the next arrival is drawn afresh from the end of the hour.
     */
    void closedHour(long hour) {
        double end = hour + 1;
        officerHoursToday += onDutyCount;
        if (nextArrival < end) nextArrival = end + exponential(spec.legitimateArrivalsPerHour());
        queueFull = false;
    }

    private int earliestFree(int c) {
        int best = 0;
        for (int k = 1; k < c; k++) if (freeAt[k] < freeAt[best]) best = k;
        return best;
    }

    private double exponential(double rate) {
        return -Math.log(1.0 - random.nextDouble()) / rate;
    }

    /**
     * Whether a courier with this concealment passing now is caught. Chosen for inspection with
     * the post's share (unless the queue is over its limit), or always when {@code targeted};
     * then detected by a random officer on duty, helped by a scanner if that officer has one.
     */
    boolean catches(double concealment, Courier courier, boolean targeted, double targetedDetection) {
        if (onDutyCount == 0) return false;
        if (!targeted && (queueFull || !courier.chance(spec.targetInspectionShare()))) return false;
        int k = courier.pick(onDutyCount);
        Officer inspector = onDuty[k];
        double p = (targeted ? targetedDetection : spec.sensitivity()) * inspector.skill * (1.0 - concealment);
        if (k < scanners) p += (1 - p) * scannerGap;
        return courier.chance(p);
    }

    /** Today's traffic, queue and officer-hours at this post; the daily counts start again. */
    ModelEvent.CheckpointDay takeDay(long hour, int blo) {
        var day = new ModelEvent.CheckpointDay(hour, blo, arrivalsToday, chosenToday, inspectedToday, wavedToday, waitedToday,
                waitHoursToday, officerHoursToday, spec.inspectionsPerOfficerHour());
        arrivalsToday = chosenToday = inspectedToday = wavedToday = waitedToday = officerHoursToday = 0;
        waitHoursToday = 0;
        return day;
    }

    long[] waitMinutes() {
        return Arrays.copyOf(waitMinutes, waitMinutes.length);
    }
}
