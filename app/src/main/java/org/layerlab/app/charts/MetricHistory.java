package org.layerlab.app.charts;

import org.layerlab.app.views.CsvTable;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Mailbox;

import java.util.Arrays;
import java.util.List;

/**
 * The view model of the loss and accuracy charts: the run's epoch metrics as growable primitive
 * columns, the best validation epoch and the early-stopping patience used so far.
 */
public final class MetricHistory {

    private double[] epochs = new double[64];
    private double[] trainLoss = new double[64];
    private double[] validationLoss = new double[64];
    private double[] trainAccuracy = new double[64];
    private double[] validationAccuracy = new double[64];
    private double[] learningRate = new double[64];
    private int count;
    private int consumed;
    private int best = -1;
    private EarlyStopping earlyStopping = EarlyStopping.off();

    /** Reads the epochs the mailbox got since the last call; returns how many were added. */
    public int drain(Mailbox mailbox) {
        List<EpochMetrics> fresh = mailbox.metricsSince(consumed);
        consumed += fresh.size();
        for (EpochMetrics m : fresh) {
            append(m);
        }
        return fresh.size();
    }

    public void append(EpochMetrics m) {
        if (count == epochs.length) {
            int n = count * 2;
            epochs = Arrays.copyOf(epochs, n);
            trainLoss = Arrays.copyOf(trainLoss, n);
            validationLoss = Arrays.copyOf(validationLoss, n);
            trainAccuracy = Arrays.copyOf(trainAccuracy, n);
            validationAccuracy = Arrays.copyOf(validationAccuracy, n);
            learningRate = Arrays.copyOf(learningRate, n);
        }
        epochs[count] = m.epoch();
        trainLoss[count] = m.trainLoss();
        validationLoss[count] = m.validationLoss();
        trainAccuracy[count] = m.trainAccuracy();
        validationAccuracy[count] = m.validationAccuracy();
        learningRate[count] = m.learningRate();
        // Strictly lower, so a tie keeps the earlier epoch, as Keras' EarlyStopping does.
        if (Double.isFinite(m.validationLoss()) && (best < 0 || m.validationLoss() < validationLoss[best])) {
            best = count;
        }
        count++;
    }

    public void clear() {
        count = 0;
        consumed = 0;
        best = -1;
    }

    public void setEarlyStopping(EarlyStopping earlyStopping) {
        this.earlyStopping = earlyStopping == null ? EarlyStopping.off() : earlyStopping;
    }

    public EarlyStopping earlyStopping() {
        return earlyStopping;
    }

    public int count() {
        return count;
    }

    /** Epoch numbers (1-based), valid up to {@link #count()}. */
    public double[] epochs() {
        return epochs;
    }

    public double[] trainLoss() {
        return trainLoss;
    }

    public double[] validationLoss() {
        return validationLoss;
    }

    public double[] trainAccuracy() {
        return trainAccuracy;
    }

    public double[] validationAccuracy() {
        return validationAccuracy;
    }

    /** True once an epoch arrived and no epoch has an accuracy: the loss is the MSE. */
    public boolean isRegression() {
        if (count == 0) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!Double.isNaN(trainAccuracy[i]) || !Double.isNaN(validationAccuracy[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean hasValidation() {
        return best >= 0;
    }

    /** The epoch with the lowest validation loss, or -1 when there is no validation loss yet. */
    public int bestEpoch() {
        return best < 0 ? -1 : (int) epochs[best];
    }

    public double bestValidationLoss() {
        return best < 0 ? Double.NaN : validationLoss[best];
    }

    public int lastEpoch() {
        return count == 0 ? 0 : (int) epochs[count - 1];
    }

    /** Epochs without improvement since the best one, as early stopping counts them. */
    public int epochsSinceBest() {
        return best < 0 ? 0 : lastEpoch() - bestEpoch();
    }

    /** "patience 3/10" (": stops here" once it runs out) while early stopping is on and a best epoch exists, else "". */
    public String patienceLabel() {
        if (!earlyStopping.enabled() || best < 0) {
            return "";
        }
        int waited = Math.min(epochsSinceBest(), earlyStopping.patience());
        return "patience " + waited + "/" + earlyStopping.patience()
                + (waited == earlyStopping.patience() ? ": stops here" : "");
    }

    /** One row per epoch; the loss columns are named for the MSE in regression. */
    public CsvTable toCsv() {
        boolean regression = isRegression();
        CsvTable.Builder table = regression
                ? CsvTable.builder("epoch", "train_mse", "validation_mse", "learning_rate")
                : CsvTable.builder("epoch", "train_loss", "validation_loss", "train_accuracy", "validation_accuracy",
                        "learning_rate");
        for (int i = 0; i < count; i++) {
            if (regression) {
                table.row((int) epochs[i], trainLoss[i], validationLoss[i], learningRate[i]);
            } else {
                table.row((int) epochs[i], trainLoss[i], validationLoss[i], trainAccuracy[i], validationAccuracy[i],
                        learningRate[i]);
            }
        }
        return table.build();
    }
}
