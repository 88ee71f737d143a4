package org.bordersim.cli;

import java.util.concurrent.Callable;
import org.bordersim.scenario.PublishedSchema;
import org.bordersim.scenario.ScenarioDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema of scenario files (or, with --sweep, --portfolio or --calibration, of sweep, investment "
                + "portfolio or calibration files).", "",
                "This is the schema that validation uses; point your editor at it for completion and checking."})
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Option(names = "--markdown", description = "Print the field reference of docs/SCENARIOS.md (every field with unit, default and range) instead.")
    boolean markdown;

    @CommandLine.Option(names = "--sweep", description = "The sweep file format instead of the scenario format (its field reference is in docs/EXPERIMENTS.md).")
    boolean sweep;

    @CommandLine.Option(names = "--portfolio", description = "The investment portfolio format of 'bordersim invest' instead (its field reference is in docs/DONORS.md).")
    boolean portfolio;

    @CommandLine.Option(names = "--calibration", description = "The calibration file format of 'bordersim calibrate' instead (its field reference is in docs/EXPERIMENTS.md).")
    boolean calibration;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PublishedSchema schema = calibration ? PublishedSchema.calibration() : portfolio ? PublishedSchema.portfolio()
                : sweep ? PublishedSchema.sweep() : PublishedSchema.scenario();
        spec.commandLine().getOut().print(markdown ? ScenarioDocs.markdown(schema) : schema.text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
