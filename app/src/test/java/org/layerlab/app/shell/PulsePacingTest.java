package org.layerlab.app.shell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PulsePacingTest {

    @Test
    void theStudioAsksFor70PulsesASecondUnlessTheCommandLineSaysOtherwise() {
        String before = System.getProperty("javafx.animation.pulse");
        try {
            System.clearProperty("javafx.animation.pulse");
            Studio.pacePulses();
            assertThat(System.getProperty("javafx.animation.pulse")).isEqualTo("70");
            // JavaFX's timer period is 1000 / rate in whole milliseconds: 14 ms, 2.7 ms under the 16.7 ms
            // of 60 Hz
            assertThat(1000 / Studio.PULSE_HZ).isEqualTo(14);

            System.setProperty("javafx.animation.pulse", "60");
            Studio.pacePulses();
            assertThat(System.getProperty("javafx.animation.pulse")).isEqualTo("60");
        } finally {
            if (before == null) {
                System.clearProperty("javafx.animation.pulse");
            } else {
                System.setProperty("javafx.animation.pulse", before);
            }
        }
    }
}
