package org.layerlab.app.summary;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.ModelSummary;
import org.layerlab.engine.graph.OutputSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryFormatTest {

    /** MNIST softmax regression of the "Sumario del Modelo" slide: 784 * 10 + 10 = 7,850 parameters. */
    private static final ModelSummary MNIST = ModelSummary.of(ModelGraph.chain(new InputSpec(784),
            new OutputSpec(10, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY)));

    @Test
    void mnistSoftmaxRegressionShowsSevenThousandEightHundredFiftyParameters() {
        assertThat(MNIST.rows()).hasSize(2);
        assertThat(SummaryFormat.parameters(MNIST.rows().get(1))).isEqualTo("7,850");
        assertThat(SummaryFormat.parameters(new ModelSummary.Row("d", "dense_1 (Dense)", "(None, 512)", 401920)))
                .isEqualTo("401,920");
    }

    @Test
    void anUnknownShapeShowsAQuestionMarkForItsParameters() {
        assertThat(SummaryFormat.parameters(new ModelSummary.Row("dense_9", "dense_9 (Dense)", "?", 0))).isEqualTo("?");
    }

    @Test
    void csvHasTheRowsThenTheTotals() {
        assertThat(SummaryFormat.toCsv(MNIST).toCsv()).isEqualTo("layer,output_shape,parameters\n"
                + MNIST.rows().get(0).layer() + ",\"(None, 784)\",0\n"
                + MNIST.rows().get(1).layer() + ",\"(None, 10)\",7850\n"
                + "Total params,,7850\n"
                + "Trainable params,,7850\n"
                + "Non-trainable params,,0\n");
    }

    @Test
    void csvLeavesTheCountOfAnUnknownLayerEmpty() {
        ModelSummary partial = new ModelSummary(List.of(new ModelSummary.Row("x", "x (Dense)", "?", 0)), 0, 0, false);
        assertThat(SummaryFormat.toCsv(partial).rows().get(0)).containsExactly("x (Dense)", "?", "");
    }
}
