package org.layerlab.engine.export;

import org.layerlab.engine.train.EpochMetrics;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Epoch metrics as CSV, one row per epoch under the header {@value #HEADER}. A figure that does not
 * apply (accuracy in regression, validation without a validation split) is an empty cell.
 */
public final class MetricsCsv {

    /** The exact header line. */
    public static final String HEADER = "epoch,train_loss,train_accuracy,val_loss,val_accuracy,learning_rate";

    private MetricsCsv() {
    }

    /** The CSV text: the header, then one line per epoch, each ending in a newline. */
    public static String format(List<EpochMetrics> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (EpochMetrics m : rows) {
            csv.append(m.epoch()).append(',')
                    .append(number(m.trainLoss())).append(',')
                    .append(number(m.trainAccuracy())).append(',')
                    .append(number(m.validationLoss())).append(',')
                    .append(number(m.validationAccuracy())).append(',')
                    .append(number(m.learningRate())).append('\n');
        }
        return csv.toString();
    }

    public static void write(Path file, List<EpochMetrics> rows) throws IOException {
        Files.writeString(file, format(rows), StandardCharsets.UTF_8);
    }

    /** Seven significant digits in plain notation; empty for NaN (a figure that does not apply). */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return new BigDecimal(value).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }
}
