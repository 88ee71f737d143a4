package org.bordersim.metrics;

/** The queueing figures of one inspection post, from its {@link PostTotals}; NaN where undefined. */
public final class PostLoad {
    private PostLoad() {
    }

    /** Offered load: arrivals chosen for inspection / inspections the officers on duty could make (above 1: the queue cannot keep up). */
    public static double load(double[] p) {
        return ratio(p[PostTotals.CHOSEN.ordinal()], p[PostTotals.CAPACITY.ordinal()]);
    }

    /** Probability that a chosen arrival waited for an officer or was waved through because the queue was full. */
    public static double waitProbability(double[] p) {
        return ratio(p[PostTotals.WAITED.ordinal()] + p[PostTotals.WAVED_THROUGH.ordinal()], p[PostTotals.CHOSEN.ordinal()]);
    }

    /** Share of all legitimate arrivals that were inspected (compare with the target share). */
    public static double inspectedShare(double[] p) {
        return ratio(p[PostTotals.INSPECTED.ordinal()], p[PostTotals.ARRIVALS.ordinal()]);
    }

    /** Mean wait of the inspected, in minutes. */
    public static double meanWaitMinutes(double[] p) {
        return ratio(60 * p[PostTotals.WAIT_HOURS.ordinal()], p[PostTotals.INSPECTED.ordinal()]);
    }

    private static double ratio(double a, double b) {
        double r = a / b;
        return Double.isFinite(r) ? r : Double.NaN;
    }
}
