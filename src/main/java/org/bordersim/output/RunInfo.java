package org.bordersim.output;

import java.util.List;

/** How a run, comparison or sweep was asked for, recorded in its manifest. */
public record RunInfo(String programVersion, List<String> commandLine, int threads) {
    public RunInfo {
        commandLine = List.copyOf(commandLine);
    }
}
