package org.layerlab.app.live;

import java.util.List;
import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.PreparedData;

/**
 * The points the decision-boundary view draws, taken from prepared data in the data's own
 * coordinates (as the engine's grid uses them): {x1, x2} with a class each for 2-D classification,
 * {x, target} for 1-D regression. Large sets are thinned evenly so a repaint stays cheap.
 *
 * @param trainLabels      one class per training point, or null for regression
 * @param validationLabels one class per validation point, or null for regression
 */
public record BoundaryPoints(double[][] trainXy, int[] trainLabels, double[][] validationXy, int[] validationLabels,
                             List<String> classNames) {

    /** Points drawn per split at most: a 100,000-sample set would make every repaint slow. */
    public static final int MAX_POINTS = 2500;

    /** True for data with a boundary (2 features, classes) or a fitted curve (1 feature, a target). */
    public static boolean drawable(PreparedData data) {
        return absentReason(data).isEmpty();
    }

    /** Why the data has no boundary and no curve to draw, or "" when it has one. */
    public static String absentReason(PreparedData data) {
        Dataset train = data.train();
        int features = train.featureCount();
        boolean classes = train.isClassification();
        if ((classes && features == 2) || (!classes && features == 1)) {
            return "";
        }
        String name = data.spec().kind() == DatasetKind.MNIST ? "MNIST" : data.shape().datasetName();
        String what = classes ? "a decision boundary needs exactly 2 features, to paint the class of every point "
                + "of the plane" : "a fitted curve needs exactly 1 feature, to draw the prediction against it";
        return name + " has " + features + " features per example: " + what + ". Use a 2-D set (moons, XOR, "
                + "circles, spiral, blobs) or the 1-D regression to watch it; here the loss and accuracy "
                + "tell how training goes.";
    }

    /** The points of {@code data}; it must be {@link #drawable}. */
    public static BoundaryPoints of(PreparedData data) {
        if (!drawable(data)) {
            throw new IllegalArgumentException("no boundary to draw: " + absentReason(data));
        }
        Dataset train = data.train();
        Dataset validation = data.validation();
        boolean classes = train.isClassification();
        return new BoundaryPoints(xy(train), labels(train, classes), xy(validation), labels(validation, classes),
                train.classNames());
    }

    public boolean isRegression() {
        return trainLabels == null;
    }

    private static int stride(Dataset d) {
        return d == null ? 1 : Math.max(1, (d.size() + MAX_POINTS - 1) / MAX_POINTS);
    }

    private static double[][] xy(Dataset d) {
        if (d == null) {
            return new double[0][];
        }
        int stride = stride(d);
        double[][] out = new double[(d.size() + stride - 1) / stride][];
        for (int i = 0, k = 0; i < d.size(); i += stride, k++) {
            float[] f = d.features()[i];
            out[k] = d.isClassification() ? new double[] {f[0], f[1]} : new double[] {f[0], d.targets()[i]};
        }
        return out;
    }

    private static int[] labels(Dataset d, boolean classes) {
        if (!classes) {
            return null;
        }
        if (d == null) {
            return new int[0];
        }
        int stride = stride(d);
        int[] out = new int[(d.size() + stride - 1) / stride];
        for (int i = 0, k = 0; i < d.size(); i += stride, k++) {
            out[k] = d.labels()[i];
        }
        return out;
    }
}
