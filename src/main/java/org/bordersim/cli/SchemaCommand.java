package org.bordersim.cli;

import java.util.concurrent.Callable;
import org.bordersim.scenario.ScenarioDocs;
import org.bordersim.scenario.PublishedSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema of scenario files.", "",
                "This is the schema that validation uses; point your editor at it for completion and checking."})
final class SchemaCommand implements Callable<Integer> {
    @CommandLine.Option(names = "--markdown", description = "Print the field reference of docs/SCENARIOS.md (every field with unit, default and range) instead.")
    boolean markdown;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(markdown ? ScenarioDocs.markdown() : PublishedSchema.scenario().text());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
