package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.train.Evaluation;

/**
 * Data loss and accuracy computed in plain Java from one batch of network outputs, with DL4J's
 * definitions (so the figures match its scores without penalties): categorical cross-entropy with
 * probabilities clipped at 1e-10, binary cross-entropy clipped to [1e-5, 1 - 1e-5] and summed over
 * units, MSE and MAE averaged over units; every loss is the mean over examples.
 */
final class Losses {

    static final double SOFTMAX_CLIP = 1e-10;
    static final double BINARY_CLIP = 1e-5;

    private Losses() {
    }

    /**
     * @param out  the network outputs, row-major, {@code cols} per example
     * @param raw  the split's examples (labels or targets)
     */
    static Evaluation evaluate(float[] out, int cols, Dataset raw, LabelEncoding encoding, Loss loss) {
        int n = raw == null ? 0 : raw.size();
        if (n == 0) {
            return new Evaluation(Double.NaN, Double.NaN, 0);
        }
        if (out.length != n * cols) {
            throw new IllegalStateException("expected " + n + "x" + cols + " outputs, found " + out.length);
        }
        double total = 0;
        int correct = 0;
        float[] target = new float[cols];
        for (int i = 0; i < n; i++) {
            int offset = i * cols;
            fillTarget(target, raw, i, encoding);
            total += exampleLoss(out, offset, target, loss);
            if (encoding == LabelEncoding.BINARY) {
                correct += ((out[offset] > 0.5f) ? 1 : 0) == raw.labels()[i] ? 1 : 0;
            } else if (encoding == LabelEncoding.ONE_HOT) {
                correct += argmax(out, offset, cols) == raw.labels()[i] ? 1 : 0;
            }
        }
        double accuracy = encoding.isClassification() ? correct / (double) n : Double.NaN;
        return new Evaluation(total / n, accuracy, n);
    }

    /** Per-class probabilities (one sigmoid unit becomes [1 - p, p]) or regression outputs, one row per example. */
    static double[][] rows(float[] out, int n, int cols, LabelEncoding encoding) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            if (encoding == LabelEncoding.BINARY) {
                double p = out[i];
                rows[i] = new double[]{1 - p, p};
            } else {
                rows[i] = new double[cols];
                for (int j = 0; j < cols; j++) {
                    rows[i][j] = out[i * cols + j];
                }
            }
        }
        return rows;
    }

    private static void fillTarget(float[] target, Dataset raw, int i, LabelEncoding encoding) {
        switch (encoding) {
            case TARGET -> target[0] = raw.targets()[i];
            case BINARY -> target[0] = raw.labels()[i];
            case ONE_HOT -> {
                java.util.Arrays.fill(target, 0f);
                target[raw.labels()[i]] = 1f;
            }
        }
    }

    private static double exampleLoss(float[] out, int offset, float[] y, Loss loss) {
        int cols = y.length;
        double sum = 0;
        for (int j = 0; j < cols; j++) {
            double p = out[offset + j];
            switch (loss) {
                case CATEGORICAL_CROSSENTROPY -> sum -= y[j] == 0 ? 0 : y[j] * Math.log(clip(p, SOFTMAX_CLIP));
                case BINARY_CROSSENTROPY -> {
                    double q = clip(p, BINARY_CLIP);
                    sum -= y[j] * Math.log(q) + (1 - y[j]) * Math.log(1 - q);
                }
                case MSE -> sum += (p - y[j]) * (p - y[j]) / cols;
                case MAE -> sum += Math.abs(p - y[j]) / cols;
            }
        }
        return sum;
    }

    private static double clip(double p, double eps) {
        return Math.min(1 - eps, Math.max(eps, p));
    }

    static int argmax(float[] values, int offset, int length) {
        int best = 0;
        for (int j = 1; j < length; j++) {
            if (values[offset + j] > values[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
