package org.layerlab.engine.teach;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.train.Schedule;
import org.layerlab.engine.train.TrainingConfig;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/** The explorers' math: activations, their compositions and derivatives, and the notes' LR-decay table. */
class ExplorersTest {

    private static double fiveDecimals(double v) {
        return new BigDecimal(v).setScale(5, RoundingMode.HALF_UP).doubleValue();
    }

    @Test
    void theNotesTimeDecayTableIsReproducedWithSevenHundredEightyTwoMinibatchesPerEpoch() {
        TrainingConfig sgd = TrainingConfig.defaults().withLearningRate(0.01)
                .withSchedule(Schedule.TIME_DECAY, 0.01 / 40, 10);
        ScheduleTable table = ScheduleTable.of(sgd, ScheduleTable.NOTES_ITERATIONS_PER_EPOCH, 40);
        Map<Integer, Double> notes = Map.of(0, 0.01, 1, 0.00836, 2, 0.00719, 37, 0.00121, 38, 0.00119, 39, 0.00116);
        notes.forEach((epoch, rate) -> assertThat(fiveDecimals(table.rateAt(epoch))).as("epoch " + epoch).isEqualTo(rate));
        assertThat(ScheduleTable.iterationsPerEpoch(50_000, 64)).isEqualTo(782);
        assertThat(table.rows().get(39).iteration()).isEqualTo(39 * 782);
        // The table pins the count down: a neighbouring count misses at least one printed value.
        for (int other : new int[] {781, 784}) {
            ScheduleTable wrong = ScheduleTable.of(sgd, other, 40);
            assertThat(notes.entrySet().stream().allMatch(e -> fiveDecimals(wrong.rateAt(e.getKey())) == e.getValue()))
                    .as(other + " minibatches").isFalse();
        }
    }

    @Test
    void stepDecayHalvesTheRateEveryStep() {
        ScheduleTable table = ScheduleTable.of(Schedule.STEP_DECAY, 0.1, 0.5, 10, 20, 30);
        assertThat(table.rateAt(9)).isEqualTo(0.1);
        assertThat(table.rateAt(10)).isEqualTo(0.05);
        assertThat(table.rateAt(25)).isEqualTo(0.025);
    }

    @Test
    void everyDerivativeMatchesTheSlopeOfItsFunction() {
        double h = 1e-6;
        for (Activation f : Activation.values()) {
            // Sample points that miss every kink (0, ±1, ±2.5, 6).
            for (int i = 0; i <= 26; i++) {
                double x = -4.93 + 0.37 * i;
                double numeric = (ActivationMath.value(f, x + h) - ActivationMath.value(f, x - h)) / (2 * h);
                assertThat(ActivationMath.derivative(f, x)).as(f + " at " + x).isCloseTo(numeric, offset(1e-5));
            }
        }
    }

    @Test
    void leakyReluUsesTheSlopeTheCompilerUses() {
        assertThat(ActivationMath.value(Activation.LEAKY_RELU, -2)).isEqualTo(-0.4);
        assertThat(ActivationMath.derivative(Activation.LEAKY_RELU, -2)).isEqualTo(0.2);
    }

    @Test
    void reluIsIdempotentWhileTheSigmoidSquashesWhenComposed() {
        for (double x = -3; x <= 3; x += 0.5) {
            assertThat(ActivationMath.compose(Activation.RELU, x, 3)).isEqualTo(ActivationMath.value(Activation.RELU, x));
        }
        ActivationCurve once = ActivationMath.curve(Activation.SIGMOID, -6, 6, 121, 1);
        ActivationCurve thrice = ActivationMath.curve(Activation.SIGMOID, -6, 6, 121, 3);
        double rangeOnce = once.y()[120] - once.y()[0];
        double rangeThrice = thrice.y()[120] - thrice.y()[0];
        assertThat(rangeOnce).isGreaterThan(0.99);
        assertThat(rangeThrice).isLessThan(0.1);
        // The composed derivative vanishes: at most 0.25^3 anywhere.
        for (double d : thrice.derivative()) {
            assertThat(d).isLessThanOrEqualTo(Math.pow(0.25, 3) + 1e-12);
        }
        ActivationCurve relu = ActivationMath.curve(Activation.RELU, -6, 6, 121, 3);
        assertThat(relu.derivative()[120]).isEqualTo(1.0);
    }

    @Test
    void aBadCurveRequestIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> ActivationMath.curve(Activation.TANH, 1, -1, 10, 1))
                .hasMessage("the range must go up, found 1.0 to -1.0");
        assertThatThrownBy(() -> ActivationMath.curve(Activation.TANH, -1, 1, 10, 0))
                .hasMessage("compositions must be 1..100, found 0");
    }
}
