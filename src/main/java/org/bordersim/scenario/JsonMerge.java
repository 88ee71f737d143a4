package org.bordersim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bordersim.files.Json;
import org.bordersim.files.Problem;

/** How a child scenario changes its parent: a JSON merge patch, then pointer overrides. */
final class JsonMerge {
    private JsonMerge() {
    }

    /**
     * RFC 7386 merge of {@code patch} into {@code target}: objects merge key by key, anything else
     * replaces; a JSON null removes the key (so a child can fall back to a default).
     */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) return patch.deepCopy();
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : Json.STRICT.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /**
     * Sets each {@code pointer -> value} of {@code overrides} in {@code doc}. The pointer's parent
     * must exist; a {@code *} segment fans out over every element of an array.
     */
    static void applyOverrides(ObjectNode doc, ObjectNode overrides, String file, List<Problem> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String pointer = e.getKey();
            String where = "/overrides/" + pointer.replace("~", "~0").replace("/", "~1");
            if (!pointer.startsWith("/") || pointer.length() < 2) {
                problems.add(new Problem(file, where, "expected a JSON pointer such as /blos/0/staffing"));
                continue;
            }
            String first = tokens(pointer).get(0);
            if (first.equals("extends") || first.equals("overrides")) {
                problems.add(new Problem(file, where, "'" + first + "' is read before overrides apply, so an override cannot "
                        + "change it; write it in the file itself"));
                continue;
            }
            int set = set(doc, tokens(pointer), 0, e.getValue());
            if (set == 0) {
                problems.add(new Problem(file, where, "'" + pointer + "' addresses nothing in the scenario"));
            }
        }
    }

    /** Whether setting {@code pointer} (a valid pointer, {@code *} allowed) would change anything in {@code doc}. */
    static boolean addresses(ObjectNode doc, String pointer) {
        return pointer.startsWith("/") && pointer.length() > 1
                && set(doc.deepCopy(), tokens(pointer), 0, com.fasterxml.jackson.databind.node.NullNode.instance) > 0;
    }

    /**
     * The concrete pointers a pointer with {@code *} stands for in {@code doc}, with the value at each,
     * in document order; a pointer without {@code *} stands for itself (if it holds a value).
     */
    static Map<String, JsonNode> matches(JsonNode doc, String pointer) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        match(doc, tokens(pointer), 0, "", out);
        return out;
    }

    private static void match(JsonNode node, List<String> tokens, int i, String at, Map<String, JsonNode> out) {
        if (node == null || node.isMissingNode()) return;
        if (i == tokens.size()) {
            out.put(at, node);
            return;
        }
        String token = tokens.get(i);
        if (token.equals("*") && node.isArray()) {
            for (int k = 0; k < node.size(); k++) match(node.get(k), tokens, i + 1, at + "/" + k, out);
        } else if (node.isArray() && token.matches("\\d+")) {
            match(node.get(Integer.parseInt(token)), tokens, i + 1, at + "/" + token, out);
        } else if (node.isObject()) {
            match(node.get(token), tokens, i + 1, at + "/" + token.replace("~", "~0").replace("/", "~1"), out);
        }
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        for (String t : pointer.substring(1).split("/", -1)) tokens.add(t.replace("~1", "/").replace("~0", "~"));
        return tokens;
    }

    /** Returns how many places were set. */
    private static int set(JsonNode node, List<String> tokens, int i, JsonNode value) {
        String token = tokens.get(i);
        boolean last = i == tokens.size() - 1;
        if (node instanceof ObjectNode obj) {
            if (last) {
                // An absent field may be set: schema validation afterwards checks its name and value.
                obj.set(token, value.deepCopy());
                return 1;
            }
            return obj.has(token) ? set(obj.get(token), tokens, i + 1, value) : 0;
        }
        if (node instanceof ArrayNode arr) {
            if (token.equals("*")) {
                int n = 0;
                for (int k = 0; k < arr.size(); k++) n += last ? replace(arr, k, value) : set(arr.get(k), tokens, i + 1, value);
                return n;
            }
            // RFC 6901: an array index is 0 or digits without a leading zero or sign ("01" and "+1" address nothing).
            if (!token.matches("0|[1-9][0-9]{0,8}")) return 0;
            int index = Integer.parseInt(token);
            if (index < 0 || index >= arr.size()) return 0;
            return last ? replace(arr, index, value) : set(arr.get(index), tokens, i + 1, value);
        }
        return 0;
    }

    private static int replace(ArrayNode arr, int index, JsonNode value) {
        arr.set(index, value.deepCopy());
        return 1;
    }
}
