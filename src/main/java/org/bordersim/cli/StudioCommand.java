package org.bordersim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bordersim.studio.Studio;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Starts the planners' studio: a local web page to pick a scenario, see its border, change levers and "
                + "compare the what-if with the scenario as it is.", "",
                "Prints the address to open in a browser, and serves until stopped (Ctrl-C). It listens on 127.0.0.1 only, "
                        + "unless --host says otherwise, reads only the scenarios folder, and writes only donors' results under --results."},
        footer = {"", "Exit status: 0 stopped, 2 invalid option or scenarios folder, 3 the port cannot be opened."})
final class StudioCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host = "127.0.0.1";

    @Option(names = "--scenarios", paramLabel = "DIR", description = "The scenarios folder the page offers (default: ${DEFAULT-VALUE}).")
    Path scenarios = Path.of("scenarios");

    @Option(names = "--results", paramLabel = "DIR", description = "Where donors' questions (bordersim invest) write their results (default: ${DEFAULT-VALUE}).")
    Path results = Path.of("results");

    @Option(names = "--threads", paramLabel = "N", description = "Threads a comparison runs on (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (port < 0 || port > 65535) return Console.usage(stderr, "--port must be 0 to 65535, found " + port);
        if (threads < 1) return Console.usage(stderr, "--threads must be at least 1, found " + threads);
        if (!Files.isDirectory(scenarios)) return Console.usage(stderr, "--scenarios: " + scenarios + " is not a folder");
        Studio studio;
        try {
            studio = Studio.start(scenarios, results, host, port, threads);
        } catch (IOException | RuntimeException e) {
            stderr.println("cannot serve on " + host + ":" + port + ": " + e.getMessage() + " (is the port in use? try --port 0)");
            stderr.flush();
            return BorderSimCommand.EXIT_OUTPUT_ERROR;
        }
        stdout.printf("BorderSim studio: open http://%s:%d/ in a browser (Ctrl-C to stop)%n", host.equals("0.0.0.0") ? "localhost" : host,
                studio.port());
        stdout.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            studio.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
