package org.layerlab.app.charts;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Mailbox;

import static org.assertj.core.api.Assertions.assertThat;

class MetricHistoryTest {

    private static EpochMetrics epoch(int e, double train, double validation) {
        return new EpochMetrics(e, e * 10L, train, 0.5 + e / 100.0, validation, 0.5 + e / 200.0, 0.01, e * 5L);
    }

    @Test
    void drainingTwiceAddsOnlyTheNewEpochs() {
        Mailbox mailbox = new Mailbox();
        MetricHistory history = new MetricHistory();
        mailbox.appendMetrics(epoch(1, 0.9, 1.0));
        mailbox.appendMetrics(epoch(2, 0.8, 0.9));
        assertThat(history.drain(mailbox)).isEqualTo(2);
        assertThat(history.drain(mailbox)).isZero();
        mailbox.appendMetrics(epoch(3, 0.7, 0.85));
        assertThat(history.drain(mailbox)).isEqualTo(1);
        assertThat(history.count()).isEqualTo(3);
        assertThat(history.epochs()).startsWith(1, 2, 3);
        assertThat(history.trainLoss()).startsWith(0.9, 0.8, 0.7);
    }

    @Test
    void theBestEpochHasTheLowestValidationLossAndATieKeepsTheEarlierOne() {
        MetricHistory history = new MetricHistory();
        double[] validation = {1.0, 0.6, 0.4, 0.4, 0.5, 0.7};
        for (int i = 0; i < validation.length; i++) {
            history.append(epoch(i + 1, 0.5, validation[i]));
        }
        assertThat(history.bestEpoch()).isEqualTo(3);
        assertThat(history.bestValidationLoss()).isEqualTo(0.4);
        assertThat(history.epochsSinceBest()).isEqualTo(3);
    }

    @Test
    void patienceCountsEpochsWithoutImprovementOnlyWhenEarlyStoppingIsOn() {
        MetricHistory history = new MetricHistory();
        double[] validation = {1.0, 0.6, 0.7, 0.8, 0.9};
        for (int i = 0; i < validation.length; i++) {
            history.append(epoch(i + 1, 0.5, validation[i]));
        }
        assertThat(history.patienceLabel()).isEmpty();
        history.setEarlyStopping(EarlyStopping.patience(10));
        assertThat(history.patienceLabel()).isEqualTo("patience 3/10");
        history.setEarlyStopping(EarlyStopping.patience(3));
        assertThat(history.patienceLabel()).isEqualTo("patience 3/3: stops here");
    }

    @Test
    void csvHasOneRowPerEpochWithLossesAndAccuracies() {
        MetricHistory history = new MetricHistory();
        history.append(epoch(1, 0.75, 1.25));
        history.append(epoch(2, 0.5, Double.NaN));
        assertThat(history.toCsv().toCsv()).isEqualTo(
                "epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,learning_rate\n"
                        + "1,0.75,1.25,0.51,0.505,0.01\n"
                        + "2,0.5,,0.52,0.51,0.01\n");
    }

    @Test
    void withoutAccuraciesTheRunIsRegressionAndTheLossIsCalledMse() {
        MetricHistory history = new MetricHistory();
        history.append(new EpochMetrics(1, 10, 0.3, Double.NaN, 0.4, Double.NaN, 0.01, 5));
        assertThat(history.isRegression()).isTrue();
        assertThat(history.toCsv().header()).containsExactly("epoch", "train_mse", "validation_mse", "learning_rate");
        assertThat(history.toCsv().rows()).containsExactly(java.util.List.of("1", "0.3", "0.4", "0.01"));
    }

    @Test
    void clearForgetsEverythingIncludingWhatWasRead() {
        Mailbox mailbox = new Mailbox();
        MetricHistory history = new MetricHistory();
        mailbox.appendMetrics(epoch(1, 0.9, 1.0));
        history.drain(mailbox);
        history.clear();
        assertThat(history.count()).isZero();
        assertThat(history.bestEpoch()).isEqualTo(-1);
        assertThat(history.drain(mailbox)).isEqualTo(1);
    }

    @Test
    void growsPastItsInitialCapacityForLongRuns() {
        MetricHistory history = new MetricHistory();
        for (int e = 1; e <= 5000; e++) {
            history.append(epoch(e, 1.0 / e, 2.0 / e));
        }
        assertThat(history.count()).isEqualTo(5000);
        assertThat(history.epochs()[4999]).isEqualTo(5000);
        assertThat(history.bestEpoch()).isEqualTo(5000);
    }
}
