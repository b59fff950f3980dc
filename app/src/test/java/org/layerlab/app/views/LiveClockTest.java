package org.layerlab.app.views;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveClockTest {

    private static final long TICK = LiveClock.INTERVAL_NANOS;

    @Test
    void aGateOpensOncePerTickAndAgainInTheNext() {
        LiveClock.Gate gate = new LiveClock.Gate();
        long start = 1_000 * TICK + 3;

        assertThat(gate.open(start)).as("first ask").isTrue();
        assertThat(gate.open(start + 1_000_000)).as("a frame later, same tick").isFalse();
        assertThat(gate.open(start + TICK - 4)).as("the tick's last nanosecond").isFalse();
        assertThat(gate.open(start + TICK - 3)).as("the next tick's first nanosecond").isTrue();
        assertThat(gate.open(start + 5 * TICK)).as("after a gap").isTrue();
    }

    @Test
    void gatesOpenInTheSameFrameWhateverTheyLastShowed() {
        // The status bar, a view's labels and a canvas ask in the same frame; whatever each showed
        // before, they all change in the frame where a tick begins, never in frames of their own.
        LiveClock.Gate status = new LiveClock.Gate();
        LiveClock.Gate labels = new LiveClock.Gate();
        long t = 77 * TICK + TICK / 2;
        assertThat(status.open(t)).isTrue();
        assertThat(labels.open(t + TICK / 3)).as("another gate later in the same tick").isTrue();

        long nextTick = 78 * TICK;
        assertThat(status.open(nextTick - 1)).isFalse();
        assertThat(labels.open(nextTick - 1)).isFalse();
        assertThat(status.open(nextTick + 15_000_000)).isTrue();
        assertThat(labels.open(nextTick + 15_000_000)).isTrue();
    }

    @Test
    void ticksCountFromTheSameOriginForNegativeTimes() {
        // System.nanoTime() may be negative; the tick must still change exactly at multiples of the interval.
        assertThat(LiveClock.tick(-1)).isEqualTo(-1);
        assertThat(LiveClock.tick(0)).isZero();
        assertThat(LiveClock.tick(-TICK)).isEqualTo(-1);
        assertThat(LiveClock.tick(-TICK - 1)).isEqualTo(-2);
    }
}
