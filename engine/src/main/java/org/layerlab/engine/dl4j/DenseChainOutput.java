package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The inference output of a chain of Dense layers and an Output layer, as DL4J computes it (for each
 * layer: input times W, plus b, through the layer's own activation function) but into column-major
 * buffers allocated once. DL4J M2.1's Dense layer allocates its result row-major, so its matrix
 * product goes through a column-major temporary and a transposing copy: for a 100x100 decision
 * surface through 16 units that copy cost as much as the activation. Same operations on the same
 * values, so the output equals {@code net.output(x, false)} (DenseChainOutputTest).
 *
 * <p>Only for chains where nothing else happens at inference: no layer normalization, no weight
 * noise, no input preprocessor, only Dense and Output layers; {@link #of} returns null otherwise.
 */
final class DenseChainOutput {

    private final MultiLayerNetwork net;
    private final boolean[] bias;
    private INDArray[] buffers = new INDArray[0];
    private long rows = -1;

    private DenseChainOutput(MultiLayerNetwork net, boolean[] bias) {
        this.net = net;
        this.bias = bias;
    }

    /** The fast path for {@code adapter}'s network, or null when it is not a plain Dense chain. */
    static DenseChainOutput of(NetworkAdapter adapter) {
        if (!(adapter.model() instanceof MultiLayerNetwork net)) {
            return null;
        }
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        int n = net.getnLayers();
        boolean[] bias = new boolean[n];
        for (int i = 0; i < n; i++) {
            Layer layer = net.getLayer(i);
            if (!(layer.conf().getLayer() instanceof FeedForwardLayer ff) || conf.getInputPreProcess(i) != null
                    || ff.getWeightNoise() != null || layer.getParam(DefaultParamInitializer.WEIGHT_KEY) == null
                    || layer.getParam(DefaultParamInitializer.WEIGHT_KEY).dataType() != DataType.FLOAT) {
                return null;
            }
            if (ff instanceof DenseLayer dense) {
                // InputDenseLayer (a DenseLayer) differs only in its backward pass.
                if (dense.hasLayerNorm() || i == n - 1) {
                    return null;
                }
                bias[i] = dense.hasBias();
            } else if (ff.getClass() == OutputLayer.class && i == n - 1) {
                bias[i] = ((OutputLayer) ff).hasBias();
            } else {
                return null;
            }
        }
        return new DenseChainOutput(net, bias);
    }

    /**
     * The network's output for {@code features} (rows of float inputs), in inference mode. The
     * result lives in this object's buffers: read or copy it before the next call.
     */
    INDArray output(INDArray features) {
        int n = bias.length;
        if (features.rows() != rows) {
            buffers = new INDArray[n];
            try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                for (int i = 0; i < n; i++) {
                    long units = net.getLayer(i).getParam(DefaultParamInitializer.WEIGHT_KEY).columns();
                    buffers[i] = Nd4j.create(DataType.FLOAT, new long[]{features.rows(), units}, 'f');
                }
            }
            rows = features.rows();
        }
        INDArray x = features;
        for (int i = 0; i < n; i++) {
            Layer layer = net.getLayer(i);
            INDArray z = x.mmuli(layer.getParam(DefaultParamInitializer.WEIGHT_KEY), buffers[i]);
            if (bias[i]) {
                z.addiRowVector(layer.getParam(DefaultParamInitializer.BIAS_KEY));
            }
            x = ((FeedForwardLayer) layer.conf().getLayer()).getActivationFn().getActivation(z, false);
        }
        return x;
    }
}
