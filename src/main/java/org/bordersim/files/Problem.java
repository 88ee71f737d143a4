package org.bordersim.files;

import java.util.Locale;

/**
 * One thing wrong with an input file: where (a JSON pointer, or line:column for syntax errors)
 * and what was expected.
 */
public record Problem(String file, String where, String message) {

    /**
     * One line, e.g. {@code more-staff.json: /blos/1/staffing: must be at least 0, found -3}.
     * Control characters from the input (a field name can hold any) are shown escaped, so a file
     * can never move the cursor, clear the screen or forge an "ok:" line on a terminal.
     */
    public String describe() {
        return printable(file + ": " + (where.isEmpty() ? "(whole file)" : where) + ": " + message);
    }

    /** The text with every control character (C0, DEL, C1, line and paragraph separators, bidi controls) as \\uXXXX. */
    public static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (control && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (sb == null) continue;
            if (control) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb == null ? text : sb.toString();
    }
}
