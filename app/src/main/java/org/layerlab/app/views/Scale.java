package org.layerlab.app.views;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a data interval onto a pixel interval, linearly or on a log10 axis, and picks readable
 * ticks (1, 2, 5 times a power of ten; powers of ten on a log axis).
 */
public final class Scale {

    private final double d0;
    private final double d1;
    private final double p0;
    private final double p1;
    private final boolean log;

    private Scale(double d0, double d1, double p0, double p1, boolean log) {
        this.d0 = d0;
        this.d1 = d1;
        this.p0 = p0;
        this.p1 = p1;
        this.log = log;
    }

    /** A linear scale; an empty data interval is widened so that nothing divides by zero. */
    public static Scale linear(double d0, double d1, double p0, double p1) {
        requireFinite(d0, d1);
        if (d1 <= d0) {
            double pad = Math.max(Math.abs(d0) * 0.05, 0.5);
            return new Scale(d0 - pad, d0 + pad, p0, p1, false);
        }
        return new Scale(d0, d1, p0, p1, false);
    }

    /** A log10 scale over a positive interval. */
    public static Scale log(double d0, double d1, double p0, double p1) {
        requireFinite(d0, d1);
        if (d0 <= 0) {
            throw new IllegalArgumentException("a log scale needs a positive lower bound, found " + d0);
        }
        if (d1 <= d0) {
            return new Scale(d0 / 2, d0 * 2, p0, p1, true);
        }
        return new Scale(d0, d1, p0, p1, true);
    }

    public boolean isLog() {
        return log;
    }

    public double dataMin() {
        return d0;
    }

    public double dataMax() {
        return d1;
    }

    /** The pixel of {@code v}; NaN for values a log axis cannot show (0 or negative). */
    public double toPixel(double v) {
        if (log) {
            if (!(v > 0)) {
                return Double.NaN;
            }
            return p0 + (Math.log10(v) - Math.log10(d0)) / (Math.log10(d1) - Math.log10(d0)) * (p1 - p0);
        }
        return p0 + (v - d0) / (d1 - d0) * (p1 - p0);
    }

    public double toData(double pixel) {
        double t = (pixel - p0) / (p1 - p0);
        if (log) {
            return Math.pow(10, Math.log10(d0) + t * (Math.log10(d1) - Math.log10(d0)));
        }
        return d0 + t * (d1 - d0);
    }

    /** About {@code target} ticks inside the data interval. */
    public List<Double> ticks(int target) {
        return log ? logTicks(target) : linearTicks(target);
    }

    /** The distance between linear ticks; tick labels use it to choose their decimals. */
    public double tickStep(int target) {
        return niceStep((d1 - d0) / Math.max(1, target));
    }

    private List<Double> linearTicks(int target) {
        double step = tickStep(target);
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(d0 / step - 1e-9) * step; t <= d1 + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    private List<Double> logTicks(int target) {
        int lo = (int) Math.ceil(Math.log10(d0) - 1e-9);
        int hi = (int) Math.floor(Math.log10(d1) + 1e-9);
        List<Double> ticks = new ArrayList<>();
        if (hi - lo + 1 >= 3) {
            int every = Math.max(1, (int) Math.ceil((hi - lo + 1) / (double) Math.max(1, target)));
            for (int e = lo; e <= hi; e++) {
                if ((e - lo) % every == 0) {
                    ticks.add(Math.pow(10, e));
                }
            }
            return ticks;
        }
        // Less than three powers of ten visible: 1, 2 and 5 times the powers of ten, so the axis still has labels.
        for (int e = lo - 1; e <= hi + 1; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double t = m * Math.pow(10, e);
                if (t >= d0 * (1 - 1e-9) && t <= d1 * (1 + 1e-9)) {
                    ticks.add(t);
                }
            }
        }
        return ticks;
    }

    /** 1, 2 or 5 times a power of ten, the smallest at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || Double.isInfinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        double nice = m <= 1 + 1e-9 ? 1 : m <= 2 + 1e-9 ? 2 : m <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }

    private static void requireFinite(double d0, double d1) {
        if (!Double.isFinite(d0) || !Double.isFinite(d1)) {
            throw new IllegalArgumentException("a scale needs finite bounds, found " + d0 + ".." + d1);
        }
    }
}
