package org.layerlab.engine.teach;

import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.TrainingConfig;

/** Small, fast projects for the toolkit's tests. */
final class TeachProjects {

    private TeachProjects() {
    }

    /** Moons (200 points, noise 0.25), 2-16-16-2 ReLU, Adam 0.01, batch 32, {@code epochs} epochs, seed 42. */
    static Project smallMoons(int epochs) {
        ModelGraph graph = ModelGraph.chain(new InputSpec(2), DenseSpec.of(16, Activation.RELU),
                DenseSpec.of(16, Activation.RELU), new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
        DatasetSpec data = DatasetSpec.defaultsFor(DatasetKind.MOONS).withSamples(200).withNoise(0.25);
        return new Project("small moons", "", graph, data, TrainingConfig.defaults().withEpochs(epochs));
    }
}
