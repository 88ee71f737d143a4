package org.bordersim.cli;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;
import org.bordersim.gui.Gui;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Opens MASON's Console on a scenario, for modellers: play, pause and step one replication (the "
                + "scenario's seed) and watch the border, couriers on the road and the latest seizures.", "",
                "Needs a display. Planners: see 'bordersim studio', which runs in a browser."},
        footer = {"", "Exit status: 0 when the console is closed, 2 invalid scenario, 3 no display."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON).")
    Path scenarioFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stderr = spec.commandLine().getErr();
        PreparedScenario prepared;
        try {
            prepared = PreparedScenario.load(scenarioFile);
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        }
        if (GraphicsEnvironment.isHeadless()) {
            stderr.println("no display: 'bordersim gui' needs a screen (or an X server such as Xvfb); run it on a desktop, "
                    + "or use 'bordersim studio' and a browser");
            stderr.flush();
            return BorderSimCommand.EXIT_OUTPUT_ERROR;
        }
        Gui.open(prepared);
        // MASON's Console ends the program itself when it is closed (File > Quit, or its window).
        new java.util.concurrent.CountDownLatch(1).await();
        return 0;
    }
}
