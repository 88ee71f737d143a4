package org.bordersim.model;

/**
 * Orderings within one hour of the MASON schedule. Agents of one phase run in an order that the
 * schedule shuffles with the model's random generator, so no agent is systematically first.
 */
final class Phase {
    /** Patrol positions of the previous hour are forgotten. */
    static final int RESET = 0;
    /** BLOs set shifts, checkpoint capacity and patrol positions for the hour. */
    static final int POSTS = 1;
    /** Trafficking groups refresh their cost fields and dispatch couriers (who leave next hour). */
    static final int DISPATCH = 2;
    /** Couriers move, and are inspected or detected where they pass. */
    static final int COURIERS = 3;
    /** End-of-day and end-of-week bookkeeping: turnover, training, memory decay, reports. */
    static final int BOOKKEEPING = 4;

    private Phase() {
    }
}
