package org.bordersim.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bordersim.files.InputException;
import org.bordersim.files.JsonFiles;
import org.bordersim.files.Problem;

/**
 * The folder of scenarios the studio serves. A name from the browser is a path relative to it; an
 * absolute path, a path with {@code ..}, or one that leads outside it (a symbolic link) is refused,
 * so the server never reads a file the planner did not put there.
 */
final class ScenarioFolder {
    private final Path root;

    ScenarioFolder(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    Path root() {
        return root;
    }

    /** The file a name stands for, or a refusal that names it. */
    Path resolve(String name) throws InputException {
        if (name == null || name.isBlank()) throw refused(String.valueOf(name), "no scenario named");
        if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains("\0") || name.matches("^[A-Za-z]:.*")) {
            throw refused(name, "a scenario is named by its path inside the scenarios folder, without '..' and not absolute");
        }
        Path file = root.resolve(name).normalize();
        try {
            if (!Files.isRegularFile(file)) throw refused(name, "no such scenario in the scenarios folder");
            if (!file.toRealPath().startsWith(root)) throw refused(name, "it leads outside the scenarios folder");
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + e.getMessage());
        }
        return file;
    }

    private static InputException refused(String name, String why) {
        return new InputException(new Problem(name, "", "refused: " + why));
    }

    /** The portfolio files (bordersim invest) in the folder and its subfolders, by path. */
    List<String> portfolios() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList()) {
                try {
                    var doc = JsonFiles.readObject(f, f.toString());
                    if (doc.has("options") && doc.has("scenario")) out.add(root.relativize(f).toString().replace('\\', '/'));
                } catch (InputException e) {
                    // Not JSON: listed among the scenarios, where its problem can be seen.
                }
            }
        }
        return out;
    }

    /** The scenario files in the folder and its subfolders (not sweeps or portfolios), by path. */
    List<String> scenarios() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList()) {
                try {
                    var doc = JsonFiles.readObject(f, f.toString());
                    boolean scenario = (doc.has("groups") || doc.has("extends")) && !doc.has("design") && !doc.has("options");
                    if (scenario) out.add(root.relativize(f).toString().replace('\\', '/'));
                } catch (InputException e) {
                    // A file that is not even JSON is listed, so that its problem can be shown when it is picked.
                    out.add(root.relativize(f).toString().replace('\\', '/'));
                }
            }
        }
        return out;
    }
}
