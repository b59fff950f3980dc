package org.layerlab.engine.dl4j;

import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.MergeSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.TrainableModel;

/** Graphs and a training loop shared by the tests. */
final class Graphs {

    private Graphs() {
    }

    static OutputSpec softmax(int classes) {
        return new OutputSpec(classes, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY);
    }

    /** Input(features) -> the given layers -> softmax output. */
    static ModelGraph chain(int features, int classes, LayerSpec... hidden) {
        LayerSpec[] specs = new LayerSpec[hidden.length + 2];
        specs[0] = new InputSpec(features);
        System.arraycopy(hidden, 0, specs, 1, hidden.length);
        specs[specs.length - 1] = softmax(classes);
        return ModelGraph.chain(specs);
    }

    /** Input -> two Dense branches -> Merge(mode) -> softmax output. */
    static ModelGraph branched(MergeMode mode) {
        return ModelGraph.empty()
                .withNode(new Node("input_1", new InputSpec(2), 0, 0))
                .withNode(new Node("dense_1", DenseSpec.of(8, Activation.TANH), 200, 0))
                .withNode(new Node("dense_2", DenseSpec.of(8, Activation.RELU), 200, 200))
                .withNode(new Node("merge_1", new MergeSpec(mode), 400, 100))
                .withNode(new Node("output_1", softmax(2), 600, 100))
                .connect("input_1", "dense_1")
                .connect("input_1", "dense_2")
                .connect("dense_1", "merge_1")
                .connect("dense_2", "merge_1")
                .connect("merge_1", "output_1");
    }

    /** Fits whole epochs; returns DL4J's minibatch score of each fitted batch, in order. */
    static double[] fitEpochs(TrainableModel model, int fromEpoch, int epochs) {
        double[] scores = new double[epochs * model.batchesPerEpoch()];
        int k = 0;
        for (int e = fromEpoch; e < fromEpoch + epochs; e++) {
            model.beginEpoch(e);
            for (int b = 0; b < model.batchesPerEpoch(); b++) {
                scores[k++] = model.fitBatch(b);
            }
        }
        return scores;
    }
}
