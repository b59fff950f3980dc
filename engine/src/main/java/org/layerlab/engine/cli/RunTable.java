package org.layerlab.engine.cli;

import org.layerlab.engine.teach.RunListener;
import org.layerlab.engine.teach.RunResult;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The teaching commands' plain-text output: a line as each run ends, and a table of final figures
 * (final training and validation loss and accuracy, best validation loss and its epoch).
 */
final class RunTable {

    private RunTable() {
    }

    /** Prints "[2/3] with dropout: 200 epochs, val loss 0.3789 acc 90.00%" as each run ends. */
    static RunListener progress(PrintWriter out, boolean quiet) {
        return new RunListener() {
            private int total;

            @Override
            public void runStarted(int index, int count, String name) {
                total = count;
            }

            @Override
            public void runFinished(int index, RunResult r) {
                if (quiet) {
                    return;
                }
                String last = r.last().map(m -> "train loss " + number(m.trainLoss()) + ", val loss "
                        + number(m.validationLoss()) + " acc " + percent(m.validationAccuracy())).orElse("no epoch");
                out.printf(Locale.ROOT, "[%d/%d] %s: %d epochs, %s (%.1fs)%n", index + 1, total, r.name(),
                        r.series().size(), last, r.elapsedMillis() / 1000.0);
                out.flush();
            }
        };
    }

    /** The table of final figures, one row per run; {@code marked} (or -1) gets a star. */
    static void print(PrintWriter out, List<RunResult> runs, int marked) {
        int width = Math.max(12, runs.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        out.printf(Locale.ROOT, "  %-" + width + "s  %10s %9s  %10s %9s  %10s %5s  %s%n", "run", "train loss",
                "train acc", "val loss", "val acc", "best val", "epoch", "ended");
        for (int i = 0; i < runs.size(); i++) {
            RunResult r = runs.get(i);
            var last = r.last();
            out.printf(Locale.ROOT, "%s %-" + width + "s  %10s %9s  %10s %9s  %10s %5s  %s%n", i == marked ? "*" : " ",
                    r.name(), number(last.map(m -> m.trainLoss()).orElse(Double.NaN)),
                    percent(last.map(m -> m.trainAccuracy()).orElse(Double.NaN)),
                    number(last.map(m -> m.validationLoss()).orElse(Double.NaN)),
                    percent(last.map(m -> m.validationAccuracy()).orElse(Double.NaN)),
                    number(r.bestValidationLoss()), r.bestEpoch(), r.ending().name().toLowerCase(Locale.ROOT));
        }
        out.flush();
    }

    static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    static String percent(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }
}
