package org.bordersim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code bordersim}: the entry point. */
@Command(name = "bordersim", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Simulates border-enforcement strategies: traffickers, Border Liaison Offices and crossing points on a border grid.",
        subcommands = {RunCommand.class, CompareCommand.class, SweepCommand.class, MergeCommand.class, EvalCommand.class, ValidateCommand.class, SchemaCommand.class, SoakCommand.class, CommandLine.HelpCommand.class},
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

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
