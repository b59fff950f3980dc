package org.layerlab.app.views;

import java.util.Locale;

/** Number formats of the views, independent of the machine's locale (a Portuguese laptop prints 0.25, not 0,25). */
public final class Numbers {

    private static final char[] SUPERSCRIPT = {'⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'};

    private Numbers() {
    }

    /** {@code decimals} fixed decimals: fixed(0.5, 2) is "0.50". */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** About three significant digits, switching to 1.2e-4 style for very small or large values. */
    public static String compact(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(value);
        if (a == 0) {
            return "0";
        }
        if (a < 1e-3 || a >= 1e5) {
            return String.format(Locale.ROOT, "%.2e", value).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (a >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Two significant digits, in 2.1e-3 style below 0.01 so neighbouring small values compare at a glance. */
    public static String small(double value) {
        double a = Math.abs(value);
        if (Double.isNaN(value) || a == 0 || (a >= 0.01 && a < 1e4)) {
            return compact(value);
        }
        return String.format(Locale.ROOT, "%.1e", value).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
    }

    /** A plain decimal without trailing zeros ("0.0005", "0.2", "50"), for log-axis ticks. */
    public static String plain(double value) {
        if (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6) {
            return String.format(Locale.ROOT, "%.0e", value).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        String s = new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
        return s;
    }

    /** 7850 as "7,850", as Keras prints parameter counts. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** 0.4567 as "45.7 %". */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /** 10 to the {@code exponent} with a superscript exponent: "10⁻³". */
    public static String powerOfTen(int exponent) {
        StringBuilder s = new StringBuilder("10");
        if (exponent < 0) {
            s.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPT[c - '0']);
        }
        return s.toString();
    }

    /** A tick label: as short as the tick step allows (step 0.2 gives "0.6", step 10 gives "40"). */
    public static String tick(double value, double step) {
        // Far below the step is zero at this precision: a strip from 1.1e-6 to 1.0 starts at "0".
        if (Math.abs(value) < step * 1e-3) {
            return "0";
        }
        double a = Math.abs(value);
        if (a >= 1e5 || a < 1e-3) {
            return compact(value);
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return fixed(value, Math.min(decimals, 6));
    }
}
