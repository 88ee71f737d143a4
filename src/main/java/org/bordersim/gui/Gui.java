package org.bordersim.gui;

import org.bordersim.experiment.PreparedScenario;
import sim.display.Console;

/** Opens MASON's Console on a scenario (replication 0, the scenario's seed). */
public final class Gui {
    private Gui() {
    }

    /** Opens the console and its display; returns the console (on the Swing thread's terms: call from main). */
    public static Console open(PreparedScenario prepared) {
        Console console = new Console(new BorderModelWithUI(prepared, prepared.scenario().seed()));
        console.setVisible(true);
        return console;
    }
}
