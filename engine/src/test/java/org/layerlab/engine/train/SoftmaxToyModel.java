package org.layerlab.engine.train;

import org.layerlab.engine.export.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A real, tiny {@link TrainableModel} in plain Java for testing the run without DL4J: softmax
 * regression on 2-D points, trained by minibatch gradient descent. The softmax is computed naively
 * (no max subtraction), so a huge learning rate overflows exp() and the loss really turns NaN.
 * It records which threads call it and where views were taken.
 */
final class SoftmaxToyModel implements TrainableModel {

    private static final int FEATURES = 2;
    private static final int CLASSES = 2;

    private final float[][] trainX;
    private final int[] trainY;
    private final float[][] validationX;
    private final int[] validationY;
    private final int batchSize;
    private final double learningRate;
    private final long seed;
    /** Weights (FEATURES x CLASSES, row-major) then biases. */
    private final float[] w = new float[FEATURES * CLASSES + CLASSES];
    private final List<String> foreignThreads = Collections.synchronizedList(new ArrayList<>());
    private final List<long[]> viewsTaken = Collections.synchronizedList(new ArrayList<>());
    private int[] order;
    private long fitted;
    private long failAtIteration = -1;
    private double lastGradientNorm = Double.NaN;
    private volatile boolean closed;
    private volatile String exportThread;

    /**
     * @param trainSamples      training points from two Gaussian blobs
     * @param validationFlip    share of validation labels flipped (makes the validation loss turn up)
     */
    SoftmaxToyModel(int trainSamples, int batchSize, double learningRate, double validationFlip, long seed) {
        Random random = new Random(seed);
        trainX = new float[trainSamples][];
        trainY = new int[trainSamples];
        fill(trainX, trainY, random, 0.0);
        int validationSamples = Math.max(1, trainSamples / 2);
        validationX = new float[validationSamples][];
        validationY = new int[validationSamples];
        fill(validationX, validationY, random, validationFlip);
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.seed = seed;
        this.order = identity(trainSamples);
    }

    private static void fill(float[][] x, int[] y, Random random, double flip) {
        for (int i = 0; i < x.length; i++) {
            int label = i % 2;
            double centre = label == 0 ? -1.0 : 1.0;
            x[i] = new float[] {(float) (centre + 0.6 * random.nextGaussian()), (float) (centre + 0.6 * random.nextGaussian())};
            y[i] = random.nextDouble() < flip ? 1 - label : label;
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }

    /** Makes {@link #fitBatch} throw at this iteration (1-based), as a broken model would. */
    SoftmaxToyModel failingAt(long iteration) {
        failAtIteration = iteration;
        return this;
    }

    /** Threads other than the run's worker that touched the model (should stay empty). */
    List<String> foreignThreads() {
        return List.copyOf(foreignThreads);
    }

    /** (epoch, iteration) of every activations snapshot taken. */
    List<long[]> viewsTaken() {
        return List.copyOf(viewsTaken);
    }

    boolean isClosed() {
        return closed;
    }

    String exportThread() {
        return exportThread;
    }

    private void onWorker() {
        String name = Thread.currentThread().getName();
        if (!TrainingRun.THREAD_NAME.equals(name)) {
            foreignThreads.add(name);
        }
    }

    @Override
    public int batchesPerEpoch() {
        return (trainX.length + batchSize - 1) / batchSize;
    }

    @Override
    public int trainingExamples() {
        return trainX.length;
    }

    @Override
    public void beginEpoch(int epochIndex) {
        onWorker();
        order = identity(trainX.length);
        Random random = new Random(seed * 31 + epochIndex);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    @Override
    public double fitBatch(int batchIndex) {
        onWorker();
        fitted++;
        if (fitted == failAtIteration) {
            throw new IllegalStateException("toy model broke on purpose at iteration " + fitted);
        }
        int from = batchIndex * batchSize;
        int to = Math.min(trainX.length, from + batchSize);
        double[] grad = new double[w.length];
        double loss = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            double[] p = probabilities(trainX[i]);
            loss -= Math.log(p[trainY[i]]);
            for (int c = 0; c < CLASSES; c++) {
                double delta = p[c] - (trainY[i] == c ? 1 : 0);
                for (int f = 0; f < FEATURES; f++) {
                    grad[f * CLASSES + c] += delta * trainX[i][f];
                }
                grad[FEATURES * CLASSES + c] += delta;
            }
        }
        int n = to - from;
        double norm = 0;
        for (int j = 0; j < w.length; j++) {
            w[j] = (float) (w[j] - learningRate * grad[j] / n);
            norm += grad[j] / n * grad[j] / n;
        }
        lastGradientNorm = Math.sqrt(norm);
        return loss / n;
    }

    private double[] probabilities(float[] x) {
        double[] e = new double[CLASSES];
        double sum = 0;
        for (int c = 0; c < CLASSES; c++) {
            double z = w[FEATURES * CLASSES + c];
            for (int f = 0; f < FEATURES; f++) {
                z += w[f * CLASSES + c] * x[f];
            }
            e[c] = Math.exp(z);
            sum += e[c];
        }
        for (int c = 0; c < CLASSES; c++) {
            e[c] /= sum;
        }
        return e;
    }

    @Override
    public double learningRate() {
        onWorker();
        return learningRate;
    }

    @Override
    public Evaluation evaluate(SplitName split) {
        onWorker();
        float[][] x = split == SplitName.TRAIN ? trainX : split == SplitName.VALIDATION ? validationX : new float[0][];
        int[] y = split == SplitName.TRAIN ? trainY : split == SplitName.VALIDATION ? validationY : new int[0];
        if (x.length == 0) {
            return new Evaluation(Double.NaN, Double.NaN, 0);
        }
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            double[] p = probabilities(x[i]);
            loss -= Math.log(p[y[i]]);
            correct += (p[1] > p[0] ? 1 : 0) == y[i] ? 1 : 0;
        }
        return new Evaluation(loss / x.length, correct / (double) x.length, x.length);
    }

    @Override
    public ActivationsSnapshot activations(int epoch, long iteration) {
        onWorker();
        viewsTaken.add(new long[] {epoch, iteration});
        float[] outputs = new float[trainX.length];
        for (int i = 0; i < trainX.length; i++) {
            outputs[i] = (float) probabilities(trainX[i])[1];
        }
        Histogram histogram = Histogram.of(outputs, 10);
        return new ActivationsSnapshot(epoch, iteration,
                List.of(new LayerActivations("output_1", histogram, 0, 0, 0, Histogram.of(w.clone(), 10))));
    }

    @Override
    public GradientsSnapshot lastGradients(int epoch, long iteration) {
        onWorker();
        return fitted == 0 ? null
                : new GradientsSnapshot(epoch, iteration, List.of(new LayerGradients("output_1", lastGradientNorm, 0)));
    }

    @Override
    public DecisionSurface decisionSurface(int epoch, int rows, int cols) {
        onWorker();
        double[] p = new double[rows * cols * CLASSES];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float x = (float) (-3 + 6 * (c + 0.5) / cols);
                float y = (float) (3 - 6 * (r + 0.5) / rows);
                double[] q = probabilities(new float[] {x, y});
                System.arraycopy(q, 0, p, (r * cols + c) * CLASSES, CLASSES);
            }
        }
        return new DecisionSurface(epoch, rows, cols, CLASSES, -3, 3, -3, 3, p);
    }

    @Override
    public FittedCurve fittedCurve(int epoch, int points) {
        onWorker();
        return null;
    }

    @Override
    public List<String> effectNodeIds() {
        onWorker();
        return List.of();
    }

    @Override
    public LayerEffect layerEffect(String nodeId, boolean training) {
        throw new IllegalArgumentException("the toy model has no layer '" + nodeId + "'");
    }

    @Override
    public float[] copyParameters() {
        onWorker();
        return w.clone();
    }

    @Override
    public void restoreParameters(float[] parameters) {
        onWorker();
        System.arraycopy(parameters, 0, w, 0, w.length);
    }

    @Override
    public double[][] predict(float[][] rawFeatures) {
        onWorker();
        double[][] out = new double[rawFeatures.length][];
        for (int i = 0; i < rawFeatures.length; i++) {
            out[i] = probabilities(rawFeatures[i]);
        }
        return out;
    }

    @Override
    public void exportModel(Path zip, Project project) throws IOException {
        onWorker();
        exportThread = Thread.currentThread().getName();
        Files.writeString(zip, project.name() + " " + Arrays.toString(w));
    }

    @Override
    public void close() {
        closed = true;
    }
}
