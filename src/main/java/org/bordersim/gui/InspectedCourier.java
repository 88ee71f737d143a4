package org.bordersim.gui;

import org.bordersim.model.BorderModel;
import org.bordersim.scenario.GroupSpec;

/**
 * A courier as MASON's inspector shows it (click it on the display): a copy taken after the step, so inspecting
 * never touches the running model.
 */
public final class InspectedCourier {
    private final BorderModel.CourierView view;
    private final GroupSpec group;
    private final long now;
    private final int width;

    InspectedCourier(BorderModel.CourierView view, GroupSpec group, long now, int width) {
        this.view = view;
        this.group = group;
        this.now = now;
        this.width = width;
    }

    public int getId() {
        return view.id();
    }

    public String getGroup() {
        return group.name();
    }

    public String getCommodity() {
        return group.commodity().jsonName();
    }

    public String getQuantity() {
        return String.format(java.util.Locale.ROOT, "%.1f %s", view.quantity(), group.commodity().countedInPersons() ? "persons" : "kg");
    }

    public long getHoursOnTheRoad() {
        return now - view.dispatchHour();
    }

    public String getCell() {
        return "(" + view.cell() % width + ", " + view.cell() / width + ")";
    }

    @Override
    public String toString() {
        return "courier " + getId() + " of " + getGroup();
    }
}
