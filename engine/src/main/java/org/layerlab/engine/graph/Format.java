package org.layerlab.engine.graph;

import java.math.BigDecimal;

/** Number formatting shared by summaries and messages: no trailing zeros, no exponent for everyday values. */
public final class Format {

    private Format() {
    }

    /** 0.5 -> "0.5", 16.0 -> "16", 1.0E-4 -> "0.0001". */
    public static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
