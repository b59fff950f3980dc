package org.layerlab.engine.dl4j;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.MergeSpec;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.train.TrainingConfig;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.HashMap;
import java.util.Map;

/** Builds and initialises the DL4J network of a {@link NetworkPlan}: float32, seeded from the config. */
final class NetworkCompiler {

    private NetworkCompiler() {
    }

    /**
     * A freshly initialised network. With {@code plain}, the configuration uses only stock DL4J
     * classes (what an exported model must contain); otherwise it may use LayerLab's training-only
     * updater and first layer ({@link InputDenseLayer}).
     */
    static NetworkAdapter compile(NetworkPlan plan, TrainingConfig config, boolean plain) {
        return compile(plan, config, plain, !plain);
    }

    /** As {@link #compile(NetworkPlan, TrainingConfig, boolean)}; {@code inputLayer} false keeps DL4J's first layer (tests). */
    static NetworkAdapter compile(NetworkPlan plan, TrainingConfig config, boolean plain, boolean inputLayer) {
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(config.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .updater(Updaters.of(config, plain));
        try {
            return plan.chain() ? chain(plan, config, base, inputLayer) : graph(plan, config, base);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("DL4J cannot compile the graph: " + e.getMessage(), e);
        }
    }

    private static NetworkAdapter chain(NetworkPlan plan, TrainingConfig config, NeuralNetConfiguration.Builder base,
                                        boolean inputLayer) {
        NeuralNetConfiguration.ListBuilder list = base.list();
        Map<String, Integer> index = new HashMap<>();
        int i = 0;
        for (Node node : plan.compiledNodes()) {
            list.layer(i, LayerFactory.layerFor(node, plan, config));
            index.put(node.id(), i++);
        }
        list.setInputType(InputType.feedForward(plan.features()));
        MultiLayerConfiguration conf = list.build();
        if (inputLayer) {
            InputDenseLayer.install(conf);
        }
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return new MultiLayerAdapter(net, index, plan.inputId());
    }

    private static NetworkAdapter graph(NetworkPlan plan, TrainingConfig config, NeuralNetConfiguration.Builder base) {
        ComputationGraphConfiguration.GraphBuilder builder = base.graphBuilder()
                .addInputs(plan.inputId())
                .setInputTypes(InputType.feedForward(plan.features()));
        for (Node node : plan.compiledNodes()) {
            String[] inputs = plan.inputVerticesOf(node.id()).toArray(String[]::new);
            if (node.kind() == LayerKind.MERGE) {
                builder.addVertex(node.id(), ((MergeSpec) node.spec()).mode() == MergeMode.CONCATENATE
                        ? new MergeVertex() : new ElementWiseVertex(ElementWiseVertex.Op.Add), inputs);
            } else {
                builder.addLayer(node.id(), LayerFactory.layerFor(node, plan, config), inputs);
            }
        }
        builder.setOutputs(plan.outputId());
        ComputationGraph graph = new ComputationGraph(builder.build());
        graph.init();
        return new GraphAdapter(graph);
    }
}
