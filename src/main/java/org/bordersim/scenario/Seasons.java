package org.bordersim.scenario;

import java.util.List;

/**
 * Harsh winters: slower mountains, weaker patrols, named passes closed. Months are 365/12 days from {@code startMonth}.
 */
public record Seasons(int startMonth, List<Integer> winterMonths, double mountainSlowdown, double patrolEffectiveness,
                      List<ClosedPass> closedPasses) {
    public static final double DAYS_PER_MONTH = 365.0 / 12.0;

    public Seasons {
        winterMonths = List.copyOf(winterMonths);
        closedPasses = List.copyOf(closedPasses);
    }

    /** A pass whose cells are impassable in winter. */
    public record ClosedPass(String name, Zone cells, String about) {
    }

    /** Whether day {@code day} (0 = first day of the run) falls in a winter month. */
    public boolean winterOn(long day) {
        if (winterMonths.isEmpty()) return false;
        int month = (int) (((startMonth - 1) + Math.floor((day % 365) / DAYS_PER_MONTH)) % 12) + 1;
        return winterMonths.contains(month);
    }
}
