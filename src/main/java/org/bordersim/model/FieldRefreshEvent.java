package org.bordersim.model;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One bringing-up-to-date of a group's cost field, for Java Flight Recorder: what kind of update it was and how long
 * it took. Free when no recording is running; docs/PERFORMANCE.md shows how to record and sum them by kind.
 */
@Name("bordersim.FieldRefresh")
@Label("Cost field refresh")
@Category("BorderSim")
@Description("A trafficking group's cost field brought up to date: a first field, a full computation, a season's start or end, or a repair after losses, fading or both")
@StackTrace(false)
final class FieldRefreshEvent extends Event {
    @Label("Kind")
    String kind;

    @Label("Group")
    int group;

    @Label("Cells changed")
    int changed;
}
