package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;

import java.util.Objects;

/** Compiles a model graph with its training config and data into a trainable DL4J network. */
public final class Dl4jModels {

    private Dl4jModels() {
    }

    /**
     * A freshly initialised network ready to train. The graph is assumed validated; anything DL4J
     * cannot compile is refused with an {@link IllegalArgumentException} naming the node and the
     * problem.
     */
    public static TrainableModel create(ModelGraph graph, TrainingConfig config, PreparedData data) {
        return create(graph, config, data, true);
    }

    /**
     * As {@link #create}; with {@code lean} false, DL4J's stock updater and first layer instead of
     * {@link LeanUpdaters} and {@link InputDenseLayer} (tests compare the two).
     */
    static TrainableModel create(ModelGraph graph, TrainingConfig config, PreparedData data, boolean lean) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(data, "data");
        Backend.configureThreads();
        NetworkPlan plan = NetworkPlan.of(graph, data.shape());
        NetworkAdapter net = NetworkCompiler.compile(plan, config, false, lean);
        try {
            if (lean) {
                LeanUpdaters.install(net);
            }
            DataFeed feed = new DataFeed(data, plan.encoding(), config.batchSize(), config.seed());
            return new Dl4jTrainableModel(data, plan, config, net, feed);
        } catch (RuntimeException e) {
            net.close();
            throw e;
        }
    }
}
