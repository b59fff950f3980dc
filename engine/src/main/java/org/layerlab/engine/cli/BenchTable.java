package org.layerlab.engine.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The benchmark's table, printed row by row as cases finish: case, median, p90, unit, target and
 * PASS / MISS. Its format stays stable so figures can be compared over time: one row per line,
 * columns separated by at least two spaces, "-" where a row has no figure.
 */
final class BenchTable {

    static final String FORMAT = "%-46s  %10s  %10s  %-9s  %-13s  %s%n";

    /** How a row is judged against its target. */
    enum Goal {
        /** the figure must be at least the target */
        AT_LEAST(">= "),
        /** the figure must be at most the target */
        AT_MOST("<= "),
        /** the figure must stay below the target */
        BELOW("< "),
        /** reported, not judged */
        NONE("");

        private final String sign;

        Goal(String sign) {
            this.sign = sign;
        }
    }

    private final PrintWriter out;
    private int misses;

    BenchTable(PrintWriter out) {
        this.out = out;
    }

    void header() {
        out.printf(Locale.ROOT, FORMAT, "case", "median", "p90", "unit", "target", "result");
        out.flush();
    }

    /** A row judged on its median. */
    void row(String name, double median, double p90, String unit, Goal goal, double target) {
        row(name, median, p90, unit, goal, target, "", median);
    }

    /**
     * A row judged on {@code judged} (e.g. a p95 or a maximum), named in the target column by
     * {@code statistic} ("p95 ", "max ") unless empty.
     */
    void row(String name, double median, double p90, String unit, Goal goal, double target, String statistic,
             double judged) {
        String targetText = goal == Goal.NONE ? "-"
                : statistic + goal.sign + java.math.BigDecimal.valueOf(target).stripTrailingZeros().toPlainString();
        String result;
        if (goal == Goal.NONE) {
            result = "-";
        } else if (Double.isNaN(judged)) {
            result = "MISS (no figure)";
            misses++;
        } else {
            boolean pass = switch (goal) {
                case AT_LEAST -> judged >= target;
                case AT_MOST -> judged <= target;
                case BELOW -> judged < target;
                case NONE -> true;
            };
            result = pass ? "PASS" : "MISS";
            if (!pass) {
                misses++;
            }
            if (!statistic.isEmpty()) {
                result += " (" + statistic.strip() + " " + figure(judged) + ")";
            }
        }
        out.printf(Locale.ROOT, FORMAT, name, figure(median), figure(p90), unit, targetText, result);
        out.flush();
    }

    /** Rows that missed their target so far. */
    int misses() {
        return misses;
    }

    /** Three significant-looking digits: 1,234 / 12.3 / 1.234; "-" for NaN. */
    static String figure(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        double a = Math.abs(v);
        return a >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : a >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
