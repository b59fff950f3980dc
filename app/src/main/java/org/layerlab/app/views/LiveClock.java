package org.layerlab.app.views;

/**
 * The one clock every live read-out changes on while a run trains: ticks of
 * {@link #INTERVAL_NANOS} counted from the same origin, so the views' repaints, their labels and the
 * status bar's figures all change in the same frame. With a software renderer (no GPU, Xvfb, some
 * projector laptops) each frame that changes anything costs a repaint on the render thread and an
 * upload of the whole window on the FX thread; one shared tick makes that five a second instead of one
 * per view per tick, and frees the FX thread for the frames in between.
 */
public final class LiveClock {

    /**
     * Least time between two live changes: 5 a second still shows the boundary moving, the curves
     * growing and the epoch counting; a software renderer spent about 8 % of a core on the boundary
     * and loss charts at this rate against 12-20 % at 10 a second.
     */
    public static final long INTERVAL_NANOS = 200_000_000L;

    private LiveClock() {
    }

    /** The tick that {@code nanoTime} (from {@link System#nanoTime()}) falls in. */
    public static long tick(long nanoTime) {
        return Math.floorDiv(nanoTime, INTERVAL_NANOS);
    }

    /**
     * Opens once per tick: a read-out asks on every frame and changes only when the gate opens, so the
     * last value is always shown within one tick. Not thread-safe; the FX thread owns it.
     */
    public static final class Gate {

        private long last = Long.MIN_VALUE;

        /** True the first time it is asked in the tick of {@code nanoTime}. */
        public boolean open(long nanoTime) {
            long tick = tick(nanoTime);
            if (tick == last) {
                return false;
            }
            last = tick;
            return true;
        }
    }
}
