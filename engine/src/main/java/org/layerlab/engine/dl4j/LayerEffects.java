package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.AlphaDropout;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.GaussianDropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.layerlab.engine.graph.AlphaDropoutSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.Format;
import org.layerlab.engine.graph.GaussianDropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.train.LayerEffect;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Before / mask / after of the Dropout, noise and normalization layers on a few probe examples,
 * computed by DL4J itself: dropout-like layers through a clone of the layer's own {@code IDropout},
 * normalization layers through a one-layer twin network with the live layer's configuration and
 * parameters (the live network is never touched). Random draws use their own seed and leave
 * ND4J's training stream where it was.
 */
final class LayerEffects {

    static final int ROWS = 8;
    static final int UNITS = 8;
    static final int BATCH_NORM_BATCH = 64;

    private static final Set<LayerKind> KINDS = EnumSet.of(LayerKind.DROPOUT, LayerKind.GAUSSIAN_NOISE,
            LayerKind.GAUSSIAN_DROPOUT, LayerKind.ALPHA_DROPOUT, LayerKind.BATCH_NORM, LayerKind.LAYER_NORM);

    private final NetworkPlan plan;
    private final NetworkAdapter net;
    private final DataFeed feed;
    private final long seed;
    private final Map<String, MultiLayerNetwork> twins = new HashMap<>();
    private long draws;

    LayerEffects(NetworkPlan plan, NetworkAdapter net, DataFeed feed, long seed) {
        this.plan = plan;
        this.net = net;
        this.feed = feed;
        this.seed = seed;
    }

    List<String> nodeIds() {
        return plan.order().stream().filter(n -> KINDS.contains(n.kind())).map(Node::id).toList();
    }

    LayerEffect effect(String nodeId, boolean training) {
        Node node = plan.graph().node(nodeId).orElseThrow(() ->
                new IllegalArgumentException("no node with id '" + nodeId + "'"));
        if (!KINDS.contains(node.kind())) {
            throw new IllegalArgumentException(nodeId + " is a " + node.kind().displayName()
                    + " layer; before/after views exist for " + nodeIds());
        }
        return Copies.preservingRandom(() -> switch (node.kind()) {
            case BATCH_NORM -> batchNorm(node, training);
            case LAYER_NORM -> layerNorm(node, training);
            default -> dropout(node, training);
        });
    }

    private LayerEffect dropout(Node node, boolean training) {
        INDArray before = net.activations(feed.probe(ROWS)).get(plan.inputVertexOf(node.id()));
        double[][] shownBefore = Copies.block(before, ROWS, UNITS);
        int units = shownBefore.length == 0 ? 0 : shownBefore[0].length;
        if (!training) {
            return new LayerEffect(node.id(), node.kind(), false, shownBefore, null, Copies.block(before, ROWS, UNITS),
                    "At inference " + name(node.kind()) + " is off: the values pass unchanged");
        }
        IDropout dropout = net.layer(node.id()).conf().getLayer().getIDropout().clone();
        INDArray input = before.dup('c');
        INDArray[] result = Copies.withSeed(seed * 31 + (++draws), () -> {
            INDArray out = Nd4j.createUninitialized(DataType.FLOAT, input.shape());
            INDArray after = dropout.applyDropout(input.dup('c'), out, net.iterationCount(), net.epochCount(),
                    LayerWorkspaceMgr.noWorkspaces());
            return new INDArray[]{after, maskOf(dropout, input, after)};
        });
        double[][] mask = Copies.block(result[1], ROWS, UNITS);
        return new LayerEffect(node.id(), node.kind(), true, shownBefore, mask, Copies.block(result[0], ROWS, UNITS),
                trainingNote(node, mask, units));
    }

    /** Dropout and AlphaDropout keep their 0/1 draw, GaussianDropout its factors; GaussianNoise's is after - before. */
    private static INDArray maskOf(IDropout dropout, INDArray before, INDArray after) {
        if (dropout instanceof Dropout d) {
            return d.getMask();
        }
        if (dropout instanceof AlphaDropout d) {
            return d.getMask();
        }
        if (dropout instanceof GaussianDropout d) {
            return d.getNoise();
        }
        return after.sub(before);
    }

    private LayerEffect batchNorm(Node node, boolean training) {
        INDArray batch = feed.probe(BATCH_NORM_BATCH);
        INDArray before = net.activations(batch).get(plan.inputVertexOf(node.id()));
        MultiLayerNetwork twin = twin(node.id(), false);
        INDArray after = twin.output(before, training);
        String note = training
                ? "Training: each unit is normalised with the mean and variance of this batch of " + batch.rows()
                + " examples, then scaled by gamma and shifted by beta"
                : "At inference each unit is normalised with the moving averages learned in training, not the"
                + " batch's own statistics";
        return new LayerEffect(node.id(), node.kind(), training, Copies.block(before, ROWS, UNITS), null,
                Copies.block(after, ROWS, UNITS), note);
    }

    private LayerEffect layerNorm(Node node, boolean training) {
        String dense = plan.vertexOf().get(node.id());
        Layer layer = net.layer(dense);
        INDArray x = net.activations(feed.probe(ROWS)).get(plan.inputVertexOf(dense));
        INDArray before = x.mmul(layer.getParam("W"));
        INDArray bias = layer.paramTable().get("b");
        if (bias != null) {
            before.addiRowVector(bias);
        }
        INDArray after = twin(dense, true).output(x, training);
        String note = "Each row is normalised across the " + plan.sizes().get(dense) + " units of '" + dense
                + "' (before its activation), then scaled by a learned gain and shifted by the bias; training and"
                + " inference do the same";
        return new LayerEffect(node.id(), node.kind(), training, Copies.block(before, ROWS, UNITS), null,
                Copies.block(after, ROWS, UNITS), note);
    }

    /**
     * A one-layer network with the live layer's configuration (activation removed when asked, to
     * show the summed inputs) and a fresh copy of its parameters.
     */
    private MultiLayerNetwork twin(String vertexId, boolean withoutActivation) {
        Layer live = net.layer(vertexId);
        MultiLayerNetwork twin = twins.computeIfAbsent(vertexId, id -> {
            org.deeplearning4j.nn.conf.layers.Layer conf = live.conf().getLayer().clone();
            if (withoutActivation) {
                ((BaseLayer) conf).setActivationFn(new ActivationIdentity());
            }
            MultiLayerNetwork n = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                    .dataType(DataType.FLOAT).list().layer(conf).build());
            n.init();
            return n;
        });
        twin.setParams(live.params());
        return twin;
    }

    private static String trainingNote(Node node, double[][] mask, int units) {
        double perRow = 0;
        for (double[] row : mask) {
            for (double m : row) {
                perRow += m == 0 ? 1 : 0;
            }
        }
        perRow = mask.length == 0 ? 0 : perRow / mask.length;
        String dropped = Format.decimal(Math.round(perRow * 10) / 10.0);
        if (node.spec() instanceof DropoutSpec s) {
            String rate = Format.decimal(s.rate());
            return "Training: " + dropped + " of " + units + " values dropped per row on average; kept values scaled by"
                    + " 1/(1-" + rate + ") = " + Format.decimal(round(1 / (1 - s.rate())));
        }
        if (node.spec() instanceof GaussianNoiseSpec s) {
            return "Training: noise drawn from N(0, σ = " + Format.decimal(s.stddev()) + ") is added to every value"
                    + " (the mask shows the noise)";
        }
        if (node.spec() instanceof GaussianDropoutSpec s) {
            return "Training: every value is multiplied by a factor drawn from N(1, σ = √(" + Format.decimal(s.rate())
                    + "/(1-" + Format.decimal(s.rate()) + ")) = " + Format.decimal(round(Math.sqrt(s.rate() / (1 - s.rate()))))
                    + ") (the mask shows the factors)";
        }
        AlphaDropoutSpec s = (AlphaDropoutSpec) node.spec();
        return "Training: " + dropped + " of " + units + " values per row on average set to SELU's saturation value"
                + " (rate " + Format.decimal(s.rate()) + "), then all rescaled (a·x + b) to keep mean and variance";
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String name(LayerKind kind) {
        return switch (kind) {
            case DROPOUT -> "dropout";
            case GAUSSIAN_NOISE -> "the noise";
            case GAUSSIAN_DROPOUT -> "Gaussian dropout";
            case ALPHA_DROPOUT -> "alpha dropout";
            default -> kind.displayName();
        };
    }

    void close() {
        twins.values().forEach(MultiLayerNetwork::close);
        twins.clear();
    }
}
