package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.MergeSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.LayerActivations;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainingConfig;

import static org.assertj.core.api.Assertions.assertThat;

class GraphSnapshotTest {

    private static final PreparedData BLOBS = TestData.blobs(200, 17, Normalization.STANDARDIZE);

    /** input -> dropout -> two Dense branches -> concatenate -> noise -> output. */
    private static ModelGraph graph() {
        return ModelGraph.empty()
                .withNode(new Node("input_1", new InputSpec(2), 0, 0))
                .withNode(new Node("dropout_1", new DropoutSpec(0.5), 100, 0))
                .withNode(new Node("dense_1", DenseSpec.of(10, Activation.TANH), 200, 0))
                .withNode(new Node("dense_2", DenseSpec.of(6, Activation.RELU), 200, 200))
                .withNode(new Node("merge_1", new MergeSpec(MergeMode.CONCATENATE), 400, 100))
                .withNode(new Node("gaussian_noise_1", new GaussianNoiseSpec(0.3), 500, 100))
                .withNode(new Node("output_1", Graphs.softmax(2), 600, 100))
                .connect("input_1", "dropout_1")
                .connect("dropout_1", "dense_1")
                .connect("dropout_1", "dense_2")
                .connect("dense_1", "merge_1")
                .connect("dense_2", "merge_1")
                .connect("merge_1", "gaussian_noise_1")
                .connect("gaussian_noise_1", "output_1");
    }

    @Test
    void aComputationGraphShowsEveryNodeAndTheEffectsOfItsNoiseLayers() {
        try (Dl4jTrainableModel model = (Dl4jTrainableModel) Dl4jModels.create(graph(),
                TrainingConfig.defaults().withBatchSize(16), BLOBS)) {
            Graphs.fitEpochs(model, 0, 2);
            ActivationsSnapshot snapshot = model.activations(2, 18);
            assertThat(snapshot.layers()).extracting(LayerActivations::nodeId).containsExactly(
                    "dropout_1", "dense_1", "dense_2", "merge_1", "gaussian_noise_1", "output_1");
            assertThat(snapshot.layers().get(3).activations().total()).isEqualTo(140 * 16); // 10 + 6 concatenated
            assertThat(snapshot.layers().get(3).weights()).isNull();
            assertThat(snapshot.layers().get(1).weights().total()).isEqualTo(2 * 10);

            // the dropout right after the input sees the normalised features
            LayerEffect dropout = model.layerEffect("dropout_1", true);
            float[] features = Copies.floats(model.feed().probe(8));
            assertThat(dropout.before()).hasNumberOfRows(8);
            assertThat(dropout.before()[0]).hasSize(2);
            for (int i = 0; i < 8; i++) {
                assertThat((float) dropout.before()[i][1]).isEqualTo(features[i * 2 + 1]);
                for (int j = 0; j < 2; j++) {
                    assertThat((float) dropout.after()[i][j]).isEqualTo((float) dropout.before()[i][j] * (float) dropout.mask()[i][j]);
                }
            }
            // the noise after the merge: 16 units in, the first 8 shown
            LayerEffect noise = model.layerEffect("gaussian_noise_1", true);
            assertThat(noise.before()[0]).hasSize(8);
            assertThat(noise.after()[3][5] - noise.before()[3][5]).isEqualTo(noise.mask()[3][5], org.assertj.core.api.Assertions.within(1e-6));
            assertThat(model.lastGradients(2, 18).layers()).hasSize(3);
            assertThat(model.evaluate(SplitName.VALIDATION).accuracy()).isGreaterThan(0.9);
        }
    }
}
