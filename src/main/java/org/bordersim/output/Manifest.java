package org.bordersim.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.bordersim.files.Json;

/**
 * The one way a {@code manifest.json} is made: who wrote the folder and how (program, version,
 * command line, threads, Java), how its seeds were derived, then what each command adds.
 */
public final class Manifest {
    private final ObjectNode root = Json.STRICT.createObjectNode();

    private Manifest(RunInfo who) {
        root.put("program", "bordersim");
        root.put("version", who.programVersion());
        ArrayNode cmd = root.putArray("commandLine");
        who.commandLine().forEach(cmd::add);
        root.put("threads", who.threads());
        root.put("javaVersion", System.getProperty("java.version"));
    }

    public static Manifest of(RunInfo who) {
        return new Manifest(who);
    }

    /** The base seed and, in words, how every seed derives from it. */
    public Manifest seeds(long baseSeed, String derivation) {
        root.put("baseSeed", baseSeed);
        root.put("seedDerivation", derivation);
        return this;
    }

    /** The JSON to add the command's own fields to. */
    public ObjectNode json() {
        return root;
    }

    /** Writes {@code manifest.json} into {@code folder}. */
    public void writeInto(Path folder) throws IOException {
        Json.STRICT.writeValue(OutputFile.MANIFEST.in(folder).toFile(), root);
    }

    /** The text of the manifest, for callers that write it atomically themselves. */
    public String text() throws IOException {
        return Json.STRICT.writeValueAsString(root);
    }
}
