package org.layerlab.engine.train;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as messages show them: four significant digits, no trailing zeros, no exponent for everyday values. */
final class Figures {

    private Figures() {
    }

    /** 0.081234 -> "0.08123", 10.0 -> "10", 1e6 -> "1000000", NaN -> "NaN". */
    static String loss(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e9)) {
            return rounded.toString();
        }
        return rounded.toPlainString();
    }
}
