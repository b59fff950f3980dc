package org.layerlab.engine.train;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each kind of view snapshot took to compute, and on which thread: the last
 * {@link #KEPT} timings per kind, so the benchmark can report where the views really run and what
 * they cost while a run trains. Thread-safe.
 */
public final class ViewCosts {

    /** Timings kept per kind (the oldest are overwritten). */
    public static final int KEPT = 4096;

    /** The parts of a publish, timed separately. */
    public enum Part { SURFACE, CURVE, ACTIVATIONS, GRADIENTS, EFFECTS, PARAMETER_COPY }

    private final Map<Part, Series> series = new EnumMap<>(Part.class);

    /** Records that {@code part} took {@code nanos} on the current thread. */
    public void add(Part part, long nanos) {
        String thread = Thread.currentThread().getName();
        synchronized (series) {
            series.computeIfAbsent(part, p -> new Series()).add(nanos / 1e6, thread);
        }
    }

    /** The kept timings of {@code part} in milliseconds, oldest first (empty when never computed). */
    public double[] millis(Part part) {
        synchronized (series) {
            Series s = series.get(part);
            return s == null ? new double[0] : s.ordered();
        }
    }

    /** How many times {@code part} was computed since the run started. */
    public long count(Part part) {
        synchronized (series) {
            Series s = series.get(part);
            return s == null ? 0 : s.total;
        }
    }

    /** The thread that last computed {@code part}, or "" when none did. */
    public String thread(Part part) {
        synchronized (series) {
            Series s = series.get(part);
            return s == null ? "" : s.thread;
        }
    }

    /** Forgets every timing (e.g. after a warm-up). */
    public void clear() {
        synchronized (series) {
            series.clear();
        }
    }

    private static final class Series {
        private final double[] ring = new double[KEPT];
        private long total;
        private String thread = "";

        void add(double ms, String on) {
            ring[(int) (total % KEPT)] = ms;
            total++;
            thread = on;
        }

        double[] ordered() {
            if (total <= KEPT) {
                return Arrays.copyOf(ring, (int) total);
            }
            int start = (int) (total % KEPT);
            double[] out = new double[KEPT];
            System.arraycopy(ring, start, out, 0, KEPT - start);
            System.arraycopy(ring, 0, out, KEPT - start, start);
            return out;
        }
    }
}
