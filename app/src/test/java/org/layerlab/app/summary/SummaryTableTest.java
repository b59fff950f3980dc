package org.layerlab.app.summary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryTableTest {

    /** MNIST softmax regression of the "Sumario del Modelo" slide: 784 * 10 + 10 = 7,850 parameters. */
    private static final SummaryTable MNIST = new SummaryTable(List.of(
            new SummaryRow("input_1 (Input)", "(None, 784)", 0),
            new SummaryRow("dense (Dense)", "(None, 10)", 7850)), 7850, 7850, true);

    @Test
    void parameterCountsHaveThousandsSeparators() {
        assertThat(SummaryTable.parameters(MNIST.rows().get(1))).isEqualTo("7,850");
        assertThat(SummaryTable.parameters(new SummaryRow("big (Dense)", "(None, 512)", 401920))).isEqualTo("401,920");
    }

    @Test
    void anUnknownShapeShowsAQuestionMarkForItsParameters() {
        assertThat(SummaryTable.parameters(new SummaryRow("dense_9 (Dense)", "?", 0))).isEqualTo("?");
    }

    @Test
    void csvHasTheRowsThenTheTotals() {
        assertThat(MNIST.toCsv().toCsv()).isEqualTo("layer,output_shape,parameters\n"
                + "input_1 (Input),\"(None, 784)\",0\n"
                + "dense (Dense),\"(None, 10)\",7850\n"
                + "Total params,,7850\n"
                + "Trainable params,,7850\n"
                + "Non-trainable params,,0\n");
    }

    @Test
    void nonTrainableIsTheDifferenceAndCannotBeNegative() {
        assertThat(new SummaryTable(List.of(), 2048, 1024, true).nonTrainableParameters()).isEqualTo(1024);
        assertThatThrownBy(() -> new SummaryTable(List.of(), 10, 11, true))
                .hasMessage("trainable parameters must be between 0 and the total 10, found 11");
        assertThatThrownBy(() -> new SummaryRow("x", "(None, 1)", -1))
                .hasMessage("layer 'x' needs a parameter count of 0 or more, found -1");
    }
}
