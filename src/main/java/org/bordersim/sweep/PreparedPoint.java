package org.bordersim.sweep;

import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;

/**
 * One point of a sweep made ready to run: its scenario and world, or why it cannot run. A point
 * whose combination of values is not a valid scenario (or whose world cannot be built) fails
 * every one of its runs with the same message; it never ends the sweep.
 *
 * @param prepared null when the point cannot run
 * @param invalid  null when it can; else the message its runs are recorded with
 */
public record PreparedPoint(int point, PreparedScenario prepared, String invalid) {

    public static PreparedPoint of(Sweep sweep, int point) {
        try {
            return new PreparedPoint(point, sweep.prepare(point), null);
        } catch (InputException e) {
            return new PreparedPoint(point, null, "invalid scenario at this point: " + e.problems().get(0).describe());
        } catch (RuntimeException e) {
            // A bug in building this point's world must not end the sweep either.
            return new PreparedPoint(point, null, "cannot prepare this point: " + e);
        }
    }
}
