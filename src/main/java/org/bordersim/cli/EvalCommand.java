package org.bordersim.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bordersim.eval.EvalSession;
import org.bordersim.experiment.PreparedScenario;
import org.bordersim.files.InputException;
import org.bordersim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluates a scenario for another program: JSON lines in on stdin, JSON lines out on stdout.", "",
                "Each input line is a request such as {\"id\": 7, \"set\": {\"/blos/0/staffing\": 30}, \"replications\": 5, "
                        + "\"seed\": 42, \"outputs\": [\"value_seized\"]} (every field optional). It is answered with one line per "
                        + "replication, {\"id\": 7, \"replication\": 0, \"seed\": ..., \"outputs\": {...}}, or with one line "
                        + "{\"id\": 7, \"line\": 1, \"error\": \"...\"} if it cannot be run; the session goes on either way. "
                        + "Replication r of seed S has the seed 'run --seed S' gives it, so equal seeds pair requests by common "
                        + "random numbers. docs/EXPERIMENTS.md shows a Python client."},
        footer = {"", "Exit status: 0 every request answered with outputs, 2 invalid scenario or at least one request refused."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON) that the requests' settings change.")
    Path scenarioFile;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for a request's replications (default: ${DEFAULT-VALUE}). Does not change results.")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (OutputOptions.threadsProblem(threads) != null) return Console.usage(stderr, OutputOptions.threadsProblem(threads));
        EvalSession session;
        try {
            // Loading the base once checks the file and its map before the first request arrives.
            PreparedScenario.load(scenarioFile);
            session = new EvalSession(new ScenarioLoader().template(scenarioFile), threads);
        } catch (InputException e) {
            return Console.invalid(stderr, e);
        }
        session.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), stdout);
        stderr.printf("eval: requests %d, refused %d%n", session.requests(), session.refused());
        stderr.flush();
        return session.refused() == 0 ? 0 : BorderSimCommand.EXIT_INVALID_INPUT;
    }
}
