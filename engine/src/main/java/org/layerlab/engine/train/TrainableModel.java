package org.layerlab.engine.train;

import org.layerlab.engine.export.Project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the training loop needs from a compiled network and its data, in plain Java types. The
 * {@code dl4j} package implements it; every array it returns is a private copy. Not thread-safe:
 * one thread (the run's worker) uses it at a time.
 */
public interface TrainableModel extends ViewSource, AutoCloseable {

    /** Minibatches in one epoch of the training split. */
    int batchesPerEpoch();

    /** Examples in the training split. */
    int trainingExamples();

    /** Starts epoch {@code epochIndex} (0-based): reshuffles the minibatches with the run's seed. */
    void beginEpoch(int epochIndex);

    /** Fits minibatch {@code batchIndex} of the current epoch; returns its loss as DL4J scored it. */
    double fitBatch(int batchIndex);

    /** The learning rate now in force. */
    double learningRate();

    /** Loss and accuracy on a split, in inference mode. */
    Evaluation evaluate(SplitName split);

    /** Every layer's activation and weight histograms on the fixed probe batch. */
    ActivationsSnapshot activations(int epoch, long iteration);

    /** Gradient norms and update ratios of the last fitted minibatch, or null before the first. */
    GradientsSnapshot lastGradients(int epoch, long iteration);

    /**
     * Whether fits record what {@link #lastGradients} reports (on by default). Off, a fit copies
     * nothing for the gradient view and {@code lastGradients} keeps reporting the last minibatch
     * recorded; may be called from any thread, and takes effect from the next minibatch.
     */
    default void recordGradients(boolean on) {
    }

    /** The decision surface over the data, or null unless the data is 2-D classification. */
    DecisionSurface decisionSurface(int epoch, int rows, int cols);

    /** The fitted curve, or null unless the data is 1-D regression. */
    FittedCurve fittedCurve(int epoch, int points);

    /** Ids of the Dropout / noise / normalization nodes that have a before-after view. */
    List<String> effectNodeIds();

    /** Before / mask / after of one such node on a small batch, in training or inference mode. */
    LayerEffect layerEffect(String nodeId, boolean training);

    /**
     * A new inference-only copy of this model for computing the views on another thread, or null
     * when the model has none (the views are then computed on the training thread). Called on the
     * training thread; the caller closes it.
     */
    default ViewReplica viewReplica() {
        return null;
    }

    /** A copy of every parameter (for restoring the best epoch). */
    float[] copyParameters();

    /** Puts back parameters from {@link #copyParameters()}. */
    void restoreParameters(float[] parameters);

    /** Class probabilities (or regression outputs) for features as the dataset holds them. */
    double[][] predict(float[][] rawFeatures);

    /** Writes the trained model as a DL4J zip with the normalizer, graph JSON and provenance inside. */
    void exportModel(Path zip, Project project) throws IOException;

    @Override
    void close();
}
