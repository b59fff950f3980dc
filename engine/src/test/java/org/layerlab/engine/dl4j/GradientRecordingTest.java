package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerGradients;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** With recording off, fits copy nothing for the gradient view, which keeps the last recorded minibatch. */
class GradientRecordingTest {

    private static double[] norms(GradientsSnapshot s) {
        return s.layers().stream().mapToDouble(LayerGradients::gradientNorm).toArray();
    }

    @Test
    void recordingOffKeepsTheLastRecordedMinibatchAndOnResumes() {
        try (TrainableModel model = Dl4jModels.create(Graphs.chain(2, 2, DenseSpec.of(8, Activation.TANH)),
                TrainingConfig.defaults().withBatchSize(16), TestData.blobs(200, 4, Normalization.STANDARDIZE))) {
            model.beginEpoch(0);
            model.fitBatch(0);
            GradientsSnapshot first = model.lastGradients(0, 1);
            assertThat(first.layers()).isNotEmpty();

            model.recordGradients(false);
            model.fitBatch(1);
            model.fitBatch(2);
            // The recorded gradient is kept; the update ratio is taken against the weights as they are now.
            assertThat(norms(model.lastGradients(0, 3))).isEqualTo(norms(first));

            model.recordGradients(true);
            model.fitBatch(3);
            assertThat(norms(model.lastGradients(0, 4))).isNotEqualTo(norms(first));
        }
    }
}
