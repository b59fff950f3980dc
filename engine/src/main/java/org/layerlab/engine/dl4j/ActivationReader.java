package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.Histogram;
import org.layerlab.engine.train.LayerActivations;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads every layer's output on the fixed probe batch (one inference pass) and its weights, as histograms. */
final class ActivationReader {

    static final int BINS = 30;

    private static final Set<LayerKind> SHOWN = EnumSet.of(LayerKind.DENSE, LayerKind.ACTIVATION,
            LayerKind.BATCH_NORM, LayerKind.DROPOUT, LayerKind.GAUSSIAN_NOISE, LayerKind.GAUSSIAN_DROPOUT,
            LayerKind.ALPHA_DROPOUT, LayerKind.MERGE, LayerKind.OUTPUT);

    private final NetworkPlan plan;
    private final NetworkAdapter net;

    ActivationReader(NetworkPlan plan, NetworkAdapter net) {
        this.plan = plan;
        this.net = net;
    }

    ActivationsSnapshot read(INDArray probe, int epoch, long iteration) {
        Map<String, INDArray> outputs = net.activations(probe);
        List<LayerActivations> layers = new ArrayList<>();
        for (Node node : plan.order()) {
            if (!SHOWN.contains(node.kind())) {
                continue;
            }
            float[] values = Copies.floats(outputs.get(node.id()));
            Histogram weights = null;
            if (node.kind() == LayerKind.DENSE || node.kind() == LayerKind.OUTPUT) {
                Layer layer = net.layer(node.id());
                weights = Histogram.of(Copies.floats(layer.getParam("W")), BINS);
            }
            layers.add(stats(node.id(), values, weights));
        }
        return new ActivationsSnapshot(epoch, iteration, layers);
    }

    static LayerActivations stats(String nodeId, float[] values, Histogram weights) {
        double sum = 0;
        long zeros = 0;
        for (float v : values) {
            sum += v;
            if (v == 0f) {
                zeros++;
            }
        }
        int n = values.length;
        double mean = n == 0 ? Double.NaN : sum / n;
        double squares = 0;
        for (float v : values) {
            squares += (v - mean) * (v - mean);
        }
        double std = n == 0 ? Double.NaN : Math.sqrt(squares / n);
        return new LayerActivations(nodeId, Histogram.of(values, BINS), mean, std,
                n == 0 ? Double.NaN : zeros / (double) n, weights);
    }
}
