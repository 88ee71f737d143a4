package org.bordersim.files;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the project's JSON input files (scenarios, sweeps) with problems that say where. */
public final class JsonFiles {
    /** Scenario and sweep files are hand-written; anything this large is a mistake, not a scenario. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private JsonFiles() {
    }

    /** Jackson's messages, minus the advice on parser switches that a scenario author cannot turn on. */
    static String plain(String message) {
        if (message.contains("ALLOW_COMMENTS")) return "comments are not allowed in JSON";
        if (message.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return message.replaceAll(":? ?enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", "")
                    + " (JSON numbers must be finite)";
        }
        if (message.contains("getMaxNestingDepth")) return "nested more than 1000 levels deep";
        if (message.contains("getMaxNumberLength")) return "a number longer than 1000 digits";
        if (message.contains("getMaxStringLength")) return "a text longer than 20,000,000 characters (the limit for one string)";
        // "expected close marker for Object (start marker at [Source: REDACTED ...; line: 1, column: 1])"
        Matcher start = Pattern
                .compile(" \\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)").matcher(message);
        if (start.find()) {
            message = message.substring(0, start.start()) + " opened at line " + start.group(1) + ", column " + start.group(2)
                    + message.substring(start.end());
        }
        int source = message.indexOf(" (for root starting at [Source");
        if (source >= 0) message = message.substring(0, source);
        int feature = message.indexOf(" (not recognized as one since Feature");
        return feature >= 0 ? message.substring(0, feature) : message;
    }

    /**
     * Reads a file that must hold one JSON object: strict UTF-8, a leading BOM tolerated, no
     * duplicate keys or trailing content; syntax errors are located by line and column.
     */
    public static ObjectNode readObject(Path file, String shown) throws InputException {
        String text;
        try {
            if (Files.isDirectory(file)) throw new InputException(new Problem(shown, "", "is a folder; expected a JSON file"));
            // A device or pipe would be read forever (/dev/zero) or block forever (a FIFO): look, never open.
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new InputException(new Problem(shown, "", "not a regular file (a device, pipe or socket); expected a JSON file"));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(new Problem(shown, "", "is " + size / (1024 * 1024) + " MB; the limit for an input file is "
                        + MAX_BYTES / (1024 * 1024) + " MB"));
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(shown, "", "file not found"));
        } catch (CharacterCodingException e) {
            throw new InputException(new Problem(shown, "", "not valid UTF-8 text; save the file as UTF-8"));
        } catch (IOException e) {
            throw new InputException(new Problem(shown, "", "cannot be read: " + e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        JsonNode node;
        try {
            node = Json.STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? longTokenAt(text) : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputException(new Problem(shown, where, "invalid JSON: " + plain(e.getOriginalMessage())));
        }
        if (node == null || node.isMissingNode()) {
            throw new InputException(new Problem(shown, "", "empty file; expected a JSON object"));
        }
        if (!node.isObject()) {
            throw new InputException(new Problem(shown, "", "expected a JSON object at the top level, found "
                    + node.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        return (ObjectNode) node;
    }

    /**
     * Where a number or text too long for the parser begins (the parser's size limits give no
     * location): line and column of the first run of over 1000 digits or over 20,000,000 characters
     * between quotes, or "" if none is found.
     */
    private static String longTokenAt(String text) {
        Matcher m = Pattern.compile("[0-9]{1001}|\"[^\"]{20000001}").matcher(text);
        if (!m.find()) return "";
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (m.start() - lineStart + 1);
    }

}
