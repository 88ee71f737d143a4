package org.bordersim.metrics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers are written to files: exact, locale-independent, empty for undefined. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Integers without a decimal point, other values in shortest round-trip form; NaN and the
     * infinities (a ratio over a vanishing denominator) as "": not defined in this run.
     */
    public static String exact(double v) {
        if (!Double.isFinite(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Three significant digits, without floating-point noise: 0.38249999999999995 is "0.382", 1234.5 is "1230". */
    public static String short3(double v) {
        if (Double.isNaN(v)) return "-";
        if (v == 0) return "0";
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** For people: whole numbers as such, others to about 4 significant digits, thousands grouped. */
    public static String readable(double v) {
        if (Double.isNaN(v)) return "-";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.2f", v);
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
