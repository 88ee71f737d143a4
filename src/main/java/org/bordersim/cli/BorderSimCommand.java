package org.bordersim.cli;

import org.bordersim.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code bordersim}: the entry point. */
@Command(name = "bordersim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates border-enforcement strategies: traffickers, Border Liaison Offices and crossing points on a border grid.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, CalibrateCommand.class, InvestCommand.class, StudioCommand.class, GuiCommand.class, MergeCommand.class, EvalCommand.class, ValidateCommand.class, SchemaCommand.class, SoakCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 internal error, 2 invalid input or usage, 3 output cannot be written."})
public final class BorderSimCommand implements Runnable {
    public static final int EXIT_INVALID_INPUT = 2;
    public static final int EXIT_OUTPUT_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        return new CommandLine(new BorderSimCommand());
    }

    /**
     * The {@code sweep} command with its runs computed by {@code engine}: the same options, folder,
     * resume, journal, analysis and report as {@code bordersim sweep}. The Spark entry point uses it.
     */
    public static CommandLine sweepOn(SweepRunner.Engine engine) {
        return new CommandLine(new SweepCommand(engine));
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
