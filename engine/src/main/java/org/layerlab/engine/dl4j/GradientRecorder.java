package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerGradients;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * Listens to every fitted minibatch and keeps what the gradient view shows for each weight layer
 * (Dense and Output): the weight gradient and the update DL4J applied. Per iteration it only copies
 * the flat gradient view twice into buffers allocated once (two native ops, whatever the depth),
 * and nothing while disabled (no views); the per-layer norms are computed in Java when a snapshot
 * is asked for.
 *
 * <p>DL4J order per iteration: at {@code onGradientCalculation} the flat gradient holds the raw
 * gradient summed over the minibatch (the updater divides by the batch size later), at
 * {@code iterationDone} it holds the step the updater subtracted from the parameters.
 */
final class GradientRecorder extends BaseTrainingListener {

    private static final String WEIGHTS = "W";

    private final NetworkAdapter net;
    private final List<String> nodeIds = new ArrayList<>();
    private final String[] keys;
    private long[] gradientOffsets;
    private long[] paramOffsets;
    private long[] lengths;
    private INDArray raw;
    private INDArray update;
    private int pendingBatchSize = 1;
    private int recordedBatchSize = 1;
    private boolean recorded;
    private volatile boolean enabled = true;
    // Training thread: whether the minibatch in progress records (decided once, at its gradient).
    private boolean recording;

    GradientRecorder(NetworkPlan plan, NetworkAdapter net) {
        this.net = net;
        for (Node node : plan.compiledNodes()) {
            if (node.kind() == LayerKind.DENSE || node.kind() == LayerKind.OUTPUT) {
                nodeIds.add(node.id());
            }
        }
        keys = nodeIds.stream().map(id -> net.paramKey(id, WEIGHTS)).toArray(String[]::new);
    }

    /** The size of the minibatch about to be fitted: the raw gradient is divided by it. */
    void setBatchSize(int examples) {
        this.pendingBatchSize = Math.max(1, examples);
    }

    /** Whether the next minibatches record (any thread); a minibatch records both of its copies or neither. */
    void setEnabled(boolean on) {
        enabled = on;
    }

    @Override
    public void onGradientCalculation(Model model) {
        recording = enabled;
        if (!recording) {
            return;
        }
        // The network's own flat gradient array, the buffer DefaultGradient.gradient() reshapes into a
        // new view (a native buffer to register and free) on every call.
        INDArray flat = model.getGradientsViewArray();
        if (raw == null || raw.length() != flat.length()) {
            locate(model, flat);
            raw = flat.dup('c');
            update = flat.dup('c');
        } else {
            raw.assign(flat);
        }
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        if (recording && raw != null) {
            update.assign(model.getGradientsViewArray());
            recordedBatchSize = pendingBatchSize;
            recorded = true;
        }
    }

    /** Where each layer's W sits in the flat gradient and the flat parameters (both views of one buffer each). */
    private void locate(Model model, INDArray flat) {
        INDArray params = net.params();
        gradientOffsets = new long[keys.length];
        paramOffsets = new long[keys.length];
        lengths = new long[keys.length];
        for (int k = 0; k < keys.length; k++) {
            INDArray g = model.gradient().getGradientFor(keys[k]);
            INDArray w = net.layer(nodeIds.get(k)).getParam(WEIGHTS);
            gradientOffsets[k] = g.offset() - flat.offset();
            paramOffsets[k] = w.offset() - params.offset();
            lengths[k] = g.length();
        }
    }

    /**
     * Copies what the last minibatch recorded into {@code target}, a recorder of the same plan that
     * listens to nothing (buffers allocated on the first copy), so that it can give the snapshot later.
     */
    void copyTo(GradientRecorder target) {
        target.recorded = recorded;
        if (!recorded) {
            return;
        }
        if (target.raw == null || target.raw.length() != raw.length()) {
            target.raw = raw.dup('c');
            target.update = update.dup('c');
        } else {
            target.raw.assign(raw);
            target.update.assign(update);
        }
        target.gradientOffsets = gradientOffsets;
        target.paramOffsets = paramOffsets;
        target.lengths = lengths;
        target.recordedBatchSize = recordedBatchSize;
    }

    /** Norms of the last fitted minibatch (weights as they are now, just after it), or null before the first. */
    GradientsSnapshot snapshot(int epoch, long iteration) {
        if (!recorded) {
            return null;
        }
        float[] g = raw.data().asFloat();
        float[] u = update.data().asFloat();
        float[] p = Copies.floats(net.params());
        List<LayerGradients> layers = new ArrayList<>();
        for (int k = 0; k < keys.length; k++) {
            double weights = norm(p, paramOffsets[k], lengths[k]);
            double step = norm(u, gradientOffsets[k], lengths[k]);
            layers.add(new LayerGradients(nodeIds.get(k), norm(g, gradientOffsets[k], lengths[k]) / recordedBatchSize,
                    weights > 0 ? step / weights : Double.NaN));
        }
        return new GradientsSnapshot(epoch, iteration, layers);
    }

    /** Mean-loss gradient norm of the k-th weight layer in the last minibatch (for tests). */
    double gradientNorm(int k) {
        return norm(raw.data().asFloat(), gradientOffsets[k], lengths[k]) / recordedBatchSize;
    }

    /** Norm of the step applied to the k-th weight layer in the last minibatch (for tests). */
    double updateNorm(int k) {
        return norm(update.data().asFloat(), gradientOffsets[k], lengths[k]);
    }

    private static double norm(float[] values, long offset, long length) {
        double sum = 0;
        for (long i = offset; i < offset + length; i++) {
            sum += (double) values[(int) i] * values[(int) i];
        }
        return Math.sqrt(sum);
    }
}
