package org.bordersim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.bordersim.files.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A map from geography names its data files relative to the scenario file that names them. A scenario that extends
 * one in another folder inherits those names, so while files are merged each name is rewritten relative to the
 * folder of the file the user gave: the effective scenario then names every file as seen from there.
 */
final class GeoPaths {
    private static final Pattern FILE_FIELD = Pattern.compile("/map/geo/(countries|elevation|layers/([0-9]+|\\*))/file");

    private GeoPaths() {
    }

    /**
     * Rewrites, in place, every geo file name inside {@code node} (found at {@code pointer} of a scenario written in
     * folder {@code from}) to be relative to folder {@code to}. Names already absolute, and every name when the two
     * folders are the same, stay as written.
     */
    static void rebase(JsonNode node, String pointer, Path from, Path to) {
        boolean onTheWay = "/map/geo".startsWith(pointer) || pointer.startsWith("/map/geo/");
        if (from.equals(to) || !onTheWay) return;
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = pointer + "/" + name;
                JsonNode child = node.get(name);
                if (child.isTextual() && FILE_FIELD.matcher(at).matches()) {
                    ((ObjectNode) node).put(name, rebased(child.textValue(), from, to));
                } else {
                    rebase(child, at, from, to);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) rebase(node.get(i), pointer + "/" + i, from, to);
        }
    }

    /** Rewrites a value that an override sets at {@code pointer}, which may itself be a file name. */
    static JsonNode rebaseValue(JsonNode value, String pointer, Path from, Path to) {
        if (value.isTextual() && FILE_FIELD.matcher(pointer).matches() && !from.equals(to)) {
            return TextNode.valueOf(rebased(value.textValue(), from, to));
        }
        if (value.isContainerNode()) rebase(value, pointer, from, to);
        return value;
    }

    /**
     * The SHA-256 of every data file a map from geography names, by its name in the scenario (files named relative to
     * the scenario file's folder). A file that cannot be read is left out here: building the world reports it, with
     * the field that names it.
     */
    static Map<String, String> digests(Path scenarioFile, GeoMap geo) {
        Map<String, String> out = new TreeMap<>();
        if (geo == null) return out;
        Path folder = scenarioFile.toAbsolutePath().getParent();
        List<String> names = new ArrayList<>();
        names.add(geo.countries().file());
        if (geo.elevation() != null) names.add(geo.elevation().file());
        for (GeoMap.Layer layer : geo.layers()) if (layer.file() != null) names.add(layer.file());
        for (String name : names) {
            try {
                out.put(name, Json.sha256(Files.readAllBytes(folder.resolve(name))));
            } catch (IOException | InvalidPathException e) {
                // reported when the world is built
            }
        }
        return out;
    }

    private static String rebased(String name, Path from, Path to) {
        Path path = Path.of(name);
        if (path.isAbsolute()) return name;
        return to.relativize(from.resolve(path).normalize()).toString().replace('\\', '/');
    }
}
