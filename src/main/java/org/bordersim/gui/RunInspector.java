package org.bordersim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bordersim.metrics.RunningTotals;
import org.bordersim.model.BorderModel;
import org.bordersim.scenario.Commodity;

/**
 * The run as MASON's model inspector shows it: the clock and what happened so far, read from the model and from
 * its events (the same tallies the studio's live tiles show).
 */
public final class RunInspector {
    private final BorderModel model;
    private final RunningTotals totals;
    private final String currency;

    RunInspector(BorderModel model, RunningTotals totals) {
        this.model = model;
        this.totals = totals;
        this.currency = model.scenario().costs().currency();
    }

    public String getScenario() {
        return model.scenario().name();
    }

    public long getDay() {
        return model.hour() / 24;
    }

    public int getCouriersOnTheRoad() {
        return model.couriersOnRoad();
    }

    public long getShipmentsSeized() {
        return totals.shipmentsSeized();
    }

    public long getShipmentsDelivered() {
        return totals.shipmentsDelivered();
    }

    /** Per commodity: kg of different commodities are never added up. */
    public String getSeizedByCommodity() {
        List<String> parts = new ArrayList<>();
        for (Commodity c : Commodity.values()) {
            if (totals.seizedKg(c.ordinal()) > 0) parts.add(String.format(Locale.ROOT, "%s %.1f kg", c.jsonName(), totals.seizedKg(c.ordinal())));
        }
        return parts.isEmpty() ? "nothing yet" : String.join(", ", parts);
    }

    public double getPersonsRescued() {
        return totals.personsRescued();
    }

    public String getValueSeized() {
        return String.format(Locale.ROOT, "%,.0f %s", totals.valueSeized(), currency);
    }

    public double getInterdictionRate() {
        return totals.interdictionRate();
    }

    public String getCostToDate() {
        return String.format(Locale.ROOT, "%,.0f %s", totals.spent(), currency);
    }

    public double getTradeDelayMinutes() {
        return totals.tradeDelayMinutes();
    }

    public int getCellsPatrolled() {
        return model.patrolCells().length;
    }

    public int getTeamsWaiting() {
        return model.teamCells().length;
    }
}
