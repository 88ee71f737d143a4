package org.bordersim.report;

import java.util.List;

/** How a run was asked for, recorded in its manifest. */
public record RunInfo(String programVersion, List<String> commandLine, int threads) {
    public RunInfo {
        commandLine = List.copyOf(commandLine);
    }
}
