package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.Map;

/**
 * One small interface over {@code MultiLayerNetwork} and {@code ComputationGraph}, addressed by
 * compiled node ids (the graph's node ids; a LayerNorm is addressed through its Dense).
 */
interface NetworkAdapter {

    /** Fits one minibatch (training mode). */
    void fit(DataSet batch);

    /** DL4J's score of the last fitted minibatch (data loss plus penalties). */
    double score();

    /** The network's output in inference mode, detached from any workspace. */
    INDArray output(INDArray features);

    /** Every compiled node's output in inference mode, keyed by id; the Input node's id maps to the features. */
    Map<String, INDArray> activations(INDArray features);

    /** The DL4J layer of a compiled node, or null for a vertex without one (Merge). */
    Layer layer(String vertexId);

    /** The key of a parameter in DL4J's gradient maps ("0_W" or "dense_1_W"). */
    String paramKey(String vertexId, String param);

    /** The live flat parameter vector (a view: copy it before handing it on). */
    INDArray params();

    void setParams(INDArray params);

    int iterationCount();

    int epochCount();

    /** Sets DL4J's epoch counter, which epoch-based schedules read; fitting minibatches never advances it. */
    void setEpochCount(int epoch);

    /** Sets DL4J's iteration counter, which iteration-based dropout schedules read. */
    void setIterationCount(int iteration);

    /**
     * A second network with the same configuration and a copy of the parameters, without listeners
     * or updater state: for inference on another thread.
     */
    NetworkAdapter inferenceCopy();

    /** The learning rate DL4J's updater will use for the next minibatch, NaN for an updater without one. */
    double learningRate();

    void setListeners(TrainingListener... listeners);

    /** The DL4J model itself, for {@code ModelSerializer}. */
    Model model();

    /** The network configuration as DL4J writes it into a model file. */
    String configurationJson();

    /** True for a ComputationGraph. */
    boolean isGraph();

    void close();
}
