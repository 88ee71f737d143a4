package org.bordersim.scenario;

/**
 * A group's answer to sustained losses besides rerouting: fewer dispatches, or a pause (docs/ODD.md §7.7). A null
 * threshold never triggers; with both null the group never changes its dispatch rate.
 */
public record LossResponse(int windowWeeks, int minShipments, Double slowAboveShare, double slowFactor,
                           Double pauseAboveShare, int pauseWeeks) {
    public boolean active() {
        return slowAboveShare != null || pauseAboveShare != null;
    }
}
