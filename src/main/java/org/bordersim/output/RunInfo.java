package org.bordersim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** How a run, comparison or sweep was asked for, recorded in its manifest. */
public record RunInfo(String programVersion, List<String> commandLine, int threads) {
    public RunInfo {
        commandLine = List.copyOf(commandLine);
    }

    /** The manifest's opening fields: program, version, command line, threads. */
    public void putInto(ObjectNode manifest) {
        manifest.put("program", "bordersim");
        manifest.put("version", programVersion);
        ArrayNode cmd = manifest.putArray("commandLine");
        commandLine.forEach(cmd::add);
        manifest.put("threads", threads);
    }
}
