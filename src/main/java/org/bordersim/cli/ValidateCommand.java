package org.bordersim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.scenario.Problem;
import org.bordersim.scenario.ScenarioException;
import org.bordersim.world.World;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario files without running them.", "",
                "Checks JSON syntax, the schema (types, ranges, unknown fields), 'extends' and overrides, and the map "
                        + "(a border exists, crossings exist, every destination is reachable). Prints one line per "
                        + "problem: the file, the JSON pointer (or line and column) and what was expected."},
        footer = {"", "Exit status: 0 all files valid, 2 at least one invalid."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files to check.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            try {
                PreparedScenario prepared = PreparedScenario.load(file);
                World world = prepared.world();
                out.printf("ok: %s (%d x %d map, crossing points %s, %d groups, %d BLOs)%n", file, world.width(),
                        world.height(), world.crossingPoints().stream().map(p -> p.name()).toList(),
                        prepared.scenario().groups().size(), prepared.scenario().blos().size());
            } catch (ScenarioException e) {
                allValid = false;
                for (Problem p : e.problems()) err.println(p.describe());
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : BorderSimCommand.EXIT_INVALID_INPUT;
    }
}
