package org.bordersim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;
import org.bordersim.files.JsonFiles;
import org.bordersim.files.Problem;
import org.bordersim.invest.Portfolio;
import org.bordersim.invest.PortfolioLoader;
import org.bordersim.calibrate.Calibration;
import org.bordersim.calibrate.CalibrationLoader;
import org.bordersim.sweep.Sweep;
import org.bordersim.sweep.SweepLoader;
import org.bordersim.world.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks scenario, sweep, portfolio and calibration files without running them.", "",
                "Checks JSON syntax, the schema (types, ranges, unknown fields), 'extends' and overrides, and the map "
                        + "(a border exists, crossings exist, every destination is reachable). Prints one line per "
                        + "problem: the file, the JSON pointer (or line and column) and what was expected."},
        footer = {"", "Exit status: 0 all files valid, 2 at least one invalid."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario, sweep, portfolio or calibration files to check (a file with 'design' and 'scenario' fields is a "
            + "sweep; with 'options' and 'scenario', a portfolio; with 'targets' and 'scenario', a calibration).")
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
                var doc = JsonFiles.readObject(file, file.toString());
                if (doc.has("options") && doc.has("scenario")) {
                    Portfolio portfolio = PortfolioLoader.load(file);
                    out.printf("ok: portfolio %s (%d portfolios x %d replications = %d runs of %d days, base scenario %s)%n", file,
                            portfolio.size(), portfolio.replications(), portfolio.size() * portfolio.replications(),
                            portfolio.days(), portfolio.base().scenario().name());
                    continue;
                }
                if (doc.has("targets") && doc.has("scenario")) {
                    Calibration c = CalibrationLoader.load(file);
                    out.printf("ok: calibration %s (%d parameters, %d targets, up to %d simulations of %d replication(s), scenario %s)%n",
                            file, c.parameters().size(), c.targets().size(), c.budget().maxSimulations(),
                            c.budget().replicationsPerParticle(), c.base().scenario().name());
                    continue;
                }
                if (doc.has("design") && doc.has("scenario")) {
                    Sweep sweep = SweepLoader.load(file);
                    out.printf("ok: sweep %s (%s design, %d points x %d replications = %d runs, base scenario %s)%n", file,
                            sweep.design().type(), sweep.design().points(), sweep.replications(), sweep.runs(),
                            sweep.base().scenario().name());
                    continue;
                }
                PreparedScenario prepared = PreparedScenario.load(file);
                World world = prepared.world();
                out.printf("ok: %s (%d x %d map, crossing points %s, %d groups, %d BLOs)%n", file, world.width(),
                        world.height(), world.crossingPoints().stream().map(p -> p.name()).toList(),
                        prepared.scenario().groups().size(), prepared.scenario().blos().size());
            } catch (InputException e) {
                allValid = false;
                for (Problem p : e.problems()) err.println(p.describe());
            }
        }
        out.flush();
        err.flush();
        return allValid ? 0 : BorderSimCommand.EXIT_INVALID_INPUT;
    }
}
