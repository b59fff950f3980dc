package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerGradients;

import java.util.ArrayList;
import java.util.List;

/**
 * Listens to every fitted minibatch and keeps three norms per weight layer (Dense and Output):
 * the weight gradient, the update DL4J applied, and the weights. Only norms are computed (a few
 * native reductions per layer); no array is copied.
 *
 * <p>DL4J order per iteration: at {@code onGradientCalculation} the gradient holds the raw
 * gradient summed over the minibatch (the updater divides by the batch size later), at
 * {@code iterationDone} it holds the step the updater subtracted from the weights.
 */
final class GradientRecorder extends BaseTrainingListener {

    private static final String WEIGHTS = "W";

    private final NetworkAdapter net;
    private final List<String> nodeIds = new ArrayList<>();
    private final String[] keys;
    private final double[] gradientNorms;
    private final double[] updateNorms;
    private final double[] weightNorms;
    private int batchSize = 1;
    private boolean recorded;

    GradientRecorder(NetworkPlan plan, NetworkAdapter net) {
        this.net = net;
        for (Node node : plan.compiledNodes()) {
            if (node.kind() == LayerKind.DENSE || node.kind() == LayerKind.OUTPUT) {
                nodeIds.add(node.id());
            }
        }
        keys = nodeIds.stream().map(id -> net.paramKey(id, WEIGHTS)).toArray(String[]::new);
        gradientNorms = new double[keys.length];
        updateNorms = new double[keys.length];
        weightNorms = new double[keys.length];
    }

    /** The size of the minibatch about to be fitted: the raw gradient is divided by it. */
    void setBatchSize(int examples) {
        this.batchSize = Math.max(1, examples);
    }

    @Override
    public void onGradientCalculation(Model model) {
        Gradient gradient = model.gradient();
        for (int k = 0; k < keys.length; k++) {
            gradientNorms[k] = gradient.getGradientFor(keys[k]).norm2Number().doubleValue() / batchSize;
        }
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        Gradient update = model.gradient();
        for (int k = 0; k < keys.length; k++) {
            updateNorms[k] = update.getGradientFor(keys[k]).norm2Number().doubleValue();
            weightNorms[k] = net.layer(nodeIds.get(k)).getParam(WEIGHTS).norm2Number().doubleValue();
        }
        recorded = true;
    }

    /** Norms of the last fitted minibatch, or null before the first. */
    GradientsSnapshot snapshot(int epoch, long iteration) {
        if (!recorded) {
            return null;
        }
        List<LayerGradients> layers = new ArrayList<>();
        for (int k = 0; k < keys.length; k++) {
            double ratio = weightNorms[k] > 0 ? updateNorms[k] / weightNorms[k] : Double.NaN;
            layers.add(new LayerGradients(nodeIds.get(k), gradientNorms[k], ratio));
        }
        return new GradientsSnapshot(epoch, iteration, layers);
    }

    /** Mean-loss gradient norm of the k-th weight layer in the last minibatch (for tests). */
    double gradientNorm(int k) {
        return gradientNorms[k];
    }

    /** Norm of the step applied to the k-th weight layer in the last minibatch (for tests). */
    double updateNorm(int k) {
        return updateNorms[k];
    }
}
