package org.layerlab.app.layereffect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void whileTrainingANewValueShowsAtMostOnceASecond() {
        RefreshThrottle throttle = new RefreshThrottle(SECOND);
        assertThat(throttle.due(0)).as("the first value shows at once").isTrue();
        throttle.shown(0);
        assertThat(throttle.due(SECOND / 60)).as("next frame").isFalse();
        assertThat(throttle.due(SECOND - 1)).isFalse();
        assertThat(throttle.due(SECOND)).isTrue();
    }

    @Test
    void aRefreshRequestShowsTheNextValueAtOnce() {
        RefreshThrottle throttle = new RefreshThrottle(SECOND);
        throttle.shown(0);
        throttle.request();
        assertThat(throttle.due(1)).isTrue();
        throttle.shown(1);
        assertThat(throttle.due(2)).isFalse();
    }

    @Test
    void aServedRequestWithNothingNewWaitsForTheIntervalAgain() {
        RefreshThrottle throttle = new RefreshThrottle(SECOND);
        throttle.shown(0);
        throttle.request();
        throttle.served();
        assertThat(throttle.due(10)).isFalse();
    }
}
