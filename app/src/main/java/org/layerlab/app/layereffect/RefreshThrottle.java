package org.layerlab.app.layereffect;

/**
 * Decides when the matrices may change: at most once per interval while training (readable, not
 * flickering), at once when the user asks. Time comes from the caller, so tests need no clock.
 */
public final class RefreshThrottle {

    private final long intervalNanos;
    private long lastShown = Long.MIN_VALUE;
    private boolean requested = true;

    public RefreshThrottle(long intervalNanos) {
        if (intervalNanos < 0) {
            throw new IllegalArgumentException("refresh interval must be 0 or more nanoseconds, found " + intervalNanos);
        }
        this.intervalNanos = intervalNanos;
    }

    /** The user pressed Refresh or chose another node: the next check passes. */
    public void request() {
        requested = true;
    }

    public boolean isRequested() {
        return requested;
    }

    /** True if a new value may be shown at {@code now}. */
    public boolean due(long now) {
        return requested || lastShown == Long.MIN_VALUE || now - lastShown >= intervalNanos;
    }

    /** Records that a value was shown at {@code now}. */
    public void shown(long now) {
        lastShown = now;
        requested = false;
    }

    /** A request was served even though nothing new was there. */
    public void served() {
        requested = false;
    }
}
