package org.layerlab.engine.cli;

import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.RunStatus;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Plain-text progress of a run: one line per finished epoch with a progress bar and the metrics;
 * accuracy only where it applies (not in regression); on a terminal also a live line that follows the minibatches (redrawn with a carriage return).
 */
final class ProgressPrinter {

    private static final int BAR_WIDTH = 20;

    private final PrintWriter out;
    private final boolean terminal;
    private boolean liveLineShown;

    ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** The metrics of one finished epoch, as one line. */
    void epoch(EpochMetrics m, int budget) {
        clearLiveLine();
        StringBuilder line = new StringBuilder();
        line.append(bar(m.epoch(), budget)).append(' ')
                .append(String.format(Locale.ROOT, "epoch %" + digits(budget) + "d/%d", m.epoch(), budget))
                .append("  train ").append(figures(m.trainLoss(), m.trainAccuracy()));
        if (!Double.isNaN(m.validationLoss())) {
            line.append("  val ").append(figures(m.validationLoss(), m.validationAccuracy()));
        }
        line.append("  lr ").append(compact(m.learningRate()))
                .append(String.format(Locale.ROOT, "  %.1fs", m.elapsedMillis() / 1000.0));
        out.println(line);
        out.flush();
    }

    /** On a terminal: redraws the live line with the minibatch progress of the current epoch. */
    void live(RunStatus s) {
        if (!terminal || s.epoch() >= s.epochBudget()) {
            return; // after the last epoch the run is only evaluating and settling
        }
        double done = s.epoch() + s.batch() / (double) Math.max(1, s.batchesPerEpoch());
        String line = String.format(Locale.ROOT, "%s epoch %d/%d  batch %d/%d  %,.0f samples/s",
                bar(done, s.epochBudget()), s.epoch() + 1, s.epochBudget(), s.batch(), s.batchesPerEpoch(),
                s.samplesPerSecond());
        out.print("\r" + line + "\u001b[K");
        out.flush();
        liveLineShown = true;
    }

    void message(String text) {
        clearLiveLine();
        out.println(text);
        out.flush();
    }

    /** The closing line: loss and accuracy on the three splits. */
    void result(Evaluation train, Evaluation validation, Evaluation test) {
        clearLiveLine();
        out.println("result  train " + split(train) + "  validation " + split(validation) + "  test " + split(test));
        out.flush();
    }

    private String split(Evaluation e) {
        return e.examples() == 0 ? "(no examples)" : figures(e.loss(), e.accuracy());
    }

    private String figures(double loss, double accuracy) {
        String text = "loss " + String.format(Locale.ROOT, "%.4f", loss);
        if (!Double.isNaN(accuracy)) {
            text += String.format(Locale.ROOT, " acc %.2f%%", 100 * accuracy);
        }
        return text;
    }

    private void clearLiveLine() {
        if (liveLineShown) {
            out.print("\r\u001b[K");
            liveLineShown = false;
        }
    }

    static String bar(double done, int total) {
        int filled = (int) Math.round(BAR_WIDTH * Math.min(1.0, done / Math.max(1, total)));
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "]";
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }

    private static String compact(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
