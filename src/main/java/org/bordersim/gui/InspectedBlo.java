package org.bordersim.gui;

import org.bordersim.model.BorderModel;
import org.bordersim.scenario.BloSpec;

/** A BLO as MASON's inspector shows it (click its post on the display): read from the model, never changing it. */
public final class InspectedBlo {
    private final BorderModel model;
    private final int blo;

    InspectedBlo(BorderModel model, int blo) {
        this.model = model;
        this.blo = blo;
    }

    private BloSpec spec() {
        return model.scenario().blos().get(blo);
    }

    private BorderModel.BloView now() {
        return model.bloView(blo);
    }

    public String getName() {
        return spec().name();
    }

    public String getCrossing() {
        return spec().place();
    }

    public String getCountry() {
        return spec().country();
    }

    public int getAuthorisedStaffing() {
        return now().staffing();
    }

    public int getOfficersInPost() {
        return now().inPost();
    }

    public double getMeanSkill() {
        return now().meanSkill();
    }

    public int getOfficersOnShift() {
        return now().onShift();
    }

    public int getTeamsAndOperationsUnderWay() {
        return now().tasksUnderWay();
    }

    @Override
    public String toString() {
        return "BLO " + getName();
    }
}
