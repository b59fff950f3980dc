package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.FittedCurve;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The model's answer over the data's own coordinates: class probabilities on a grid for 2-D
 * classification, a curve for 1-D regression. Each is ONE batched {@code output()} call on a grid
 * normalised through the same normalizer as the training data; bounds are fixed once from the
 * training and validation examples.
 */
final class SurfaceSampler {

    /** Share of the data range added on each side of the decision grid. */
    static final double MARGIN = 0.10;

    private final NetworkAdapter net;
    /** The same output without DL4J's row-major copies, for a plain Dense chain; null otherwise. */
    private final DenseChainOutput denseChain;
    private final DataFeed feed;
    private final boolean surface;
    private final boolean curve;
    private final int classes;
    private final double[] min;
    private final double[] max;
    private int gridRows;
    private int gridCols;
    private INDArray grid;

    SurfaceSampler(PreparedData data, NetworkPlan plan, NetworkAdapter net, DataFeed feed) {
        this.net = net;
        this.denseChain = DenseChainOutput.of(net);
        this.feed = feed;
        this.classes = plan.classes();
        this.surface = plan.isClassification() && plan.features() == 2;
        this.curve = !plan.isClassification() && plan.features() == 1;
        int f = plan.features();
        min = new double[f];
        max = new double[f];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        extend(data.train());
        extend(data.validation());
    }

    DecisionSurface surface(int epoch, int rows, int cols) {
        if (!surface) {
            return null;
        }
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("surface grid must be at least 1x1, found " + rows + "x" + cols);
        }
        double padX = (max[0] - min[0]) * MARGIN;
        double padY = (max[1] - min[1]) * MARGIN;
        double xMin = min[0] - padX;
        double xMax = max[0] + padX;
        double yMin = min[1] - padY;
        double yMax = max[1] + padY;
        if (grid == null || rows != gridRows || cols != gridCols) {
            float[][] points = new float[rows * cols][];
            for (int r = 0; r < rows; r++) {
                double y = yMax - (r + 0.5) * (yMax - yMin) / rows;
                for (int c = 0; c < cols; c++) {
                    double x = xMin + (c + 0.5) * (xMax - xMin) / cols;
                    points[r * cols + c] = new float[]{(float) x, (float) y};
                }
            }
            grid = feed.normalize(points);
            gridRows = rows;
            gridCols = cols;
        }
        float[] out = Copies.floats(output(grid));
        double[] probabilities = new double[rows * cols * classes];
        if (feed.encoding() == LabelEncoding.BINARY) {
            for (int i = 0; i < rows * cols; i++) {
                probabilities[2 * i] = 1.0 - out[i];
                probabilities[2 * i + 1] = out[i];
            }
        } else {
            for (int i = 0; i < probabilities.length; i++) {
                probabilities[i] = out[i];
            }
        }
        return new DecisionSurface(epoch, rows, cols, classes, xMin, xMax, yMin, yMax, probabilities);
    }

    FittedCurve curve(int epoch, int points) {
        if (!curve) {
            return null;
        }
        if (points < 2) {
            throw new IllegalArgumentException("a fitted curve needs at least 2 points, found " + points);
        }
        double[] x = new double[points];
        float[][] raw = new float[points][1];
        for (int i = 0; i < points; i++) {
            x[i] = min[0] + (max[0] - min[0]) * i / (points - 1);
            raw[i][0] = (float) x[i];
        }
        float[] out = Copies.floats(output(feed.normalize(raw)));
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            y[i] = out[i];
        }
        return new FittedCurve(epoch, x, y);
    }

    private INDArray output(INDArray features) {
        return denseChain != null ? denseChain.output(features) : net.output(features);
    }

    private void extend(Dataset ds) {
        if (ds == null) {
            return;
        }
        for (float[] row : ds.features()) {
            for (int j = 0; j < min.length; j++) {
                min[j] = Math.min(min[j], row[j]);
                max[j] = Math.max(max[j], row[j]);
            }
        }
    }
}
