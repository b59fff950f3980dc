package org.layerlab.engine.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.engine.graph.Graphs.dense;
import static org.layerlab.engine.graph.Graphs.input;
import static org.layerlab.engine.graph.Graphs.sigmoid;
import static org.layerlab.engine.graph.Graphs.softmax;

/** The output layer against its loss, and the graph against the data it will train on. */
class GraphValidatorOutputTest {

    private static final DataShape MOONS = new DataShape("moons", 2, 2);
    private static final DataShape BLOBS = new DataShape("blobs", 2, 3);
    private static final DataShape REGRESSION = new DataShape("regression", 1, 0);

    private static List<Problem> problems(ModelGraph graph, DataShape data) {
        return GraphValidator.validate(graph, data);
    }

    private static ModelGraph withOutput(int features, OutputSpec output) {
        return ModelGraph.chain(input(features), dense(8), output);
    }

    @Test
    void categoricalCrossentropyNeedsSoftmax() {
        OutputSpec output = new OutputSpec(2, Activation.SIGMOID, Loss.CATEGORICAL_CROSSENTROPY);
        assertThat(problems(withOutput(2, output), null)).containsExactly(
                new Problem("output_1", "categorical_crossentropy needs softmax on the output, found sigmoid"));
    }

    @Test
    void binaryCrossentropyNeedsSigmoid() {
        OutputSpec output = new OutputSpec(2, Activation.SOFTMAX, Loss.BINARY_CROSSENTROPY);
        assertThat(problems(withOutput(2, output), null)).containsExactly(
                new Problem("output_1", "binary_crossentropy needs sigmoid on the output, found softmax"));
    }

    @Test
    void softmaxNeedsAtLeastTwoUnits() {
        OutputSpec output = new OutputSpec(1, Activation.SOFTMAX, Loss.MSE);
        assertThat(problems(withOutput(2, output), null))
                .containsExactly(new Problem("output_1", "softmax needs at least 2 units, found 1"));
    }

    @Test
    void inputFeaturesMustMatchTheData() {
        assertThat(problems(withOutput(3, softmax(2)), MOONS))
                .containsExactly(new Problem("input_1", "input has 3 features but moons has 2"));
        assertThat(problems(withOutput(1, softmax(2)), MOONS))
                .containsExactly(new Problem("input_1", "input has 1 feature but moons has 2"));
    }

    @Test
    void oneSoftmaxUnitCannotHoldTwoClasses() {
        assertThat(problems(withOutput(2, softmax(1)), MOONS)).containsExactly(
                new Problem("output_1", "softmax needs at least 2 units, found 1"),
                new Problem("output_1", "output has 1 unit but moons has 2 classes"));
    }

    @Test
    void outputUnitsMustEqualTheClasses() {
        assertThat(problems(withOutput(2, softmax(3)), MOONS))
                .containsExactly(new Problem("output_1", "output has 3 units but moons has 2 classes"));
        assertThat(problems(withOutput(2, softmax(2)), BLOBS))
                .containsExactly(new Problem("output_1", "output has 2 units but blobs has 3 classes"));
    }

    @Test
    void oneSigmoidUnitServesTwoClassesButNotThree() {
        assertThat(problems(withOutput(2, sigmoid(1)), MOONS)).isEmpty();
        assertThat(problems(withOutput(2, sigmoid(1)), BLOBS))
                .containsExactly(new Problem("output_1", "output has 1 unit but blobs has 3 classes"));
    }

    @Test
    void meanSquaredErrorOnOneHotClassesIsAllowed() {
        assertThat(problems(withOutput(2, new OutputSpec(2, Activation.SOFTMAX, Loss.MSE)), MOONS)).isEmpty();
        assertThat(problems(withOutput(2, new OutputSpec(2, Activation.LINEAR, Loss.MAE)), MOONS)).isEmpty();
    }

    @Test
    void regressionNeedsARegressionLoss() {
        OutputSpec output = new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY);
        assertThat(problems(withOutput(1, output), REGRESSION)).containsExactly(new Problem("output_1",
                "1-D regression needs a regression loss (mse or mae), found binary_crossentropy"));
    }

    @Test
    void crossEntropyOnRegressionDataIsAnErrorAsAreExtraUnits() {
        assertThat(problems(withOutput(1, softmax(2)), REGRESSION)).containsExactly(
                new Problem("output_1",
                        "1-D regression needs a regression loss (mse or mae), found categorical_crossentropy"),
                new Problem("output_1", "1-D regression needs 1 output unit, found 2"));
    }

    @Test
    void regressionNeedsOneOutputUnit() {
        OutputSpec output = new OutputSpec(3, Activation.LINEAR, Loss.MSE);
        assertThat(problems(withOutput(1, output), REGRESSION))
                .containsExactly(new Problem("output_1", "1-D regression needs 1 output unit, found 3"));
    }

    @Test
    void oneLinearUnitWithMseOrMaeFitsRegression() {
        assertThat(problems(withOutput(1, new OutputSpec(1, Activation.LINEAR, Loss.MSE)), REGRESSION)).isEmpty();
        assertThat(problems(withOutput(1, new OutputSpec(1, Activation.TANH, Loss.MAE)), REGRESSION)).isEmpty();
    }

    @Test
    void withoutDataTheGraphIsNotCheckedAgainstFeaturesOrClasses() {
        assertThat(problems(withOutput(5, softmax(7)), null)).isEmpty();
        assertThat(problems(withOutput(5, softmax(7)), MOONS)).containsExactly(
                new Problem("input_1", "input has 5 features but moons has 2"),
                new Problem("output_1", "output has 7 units but moons has 2 classes"));
    }

    @Test
    void mnistSoftmaxRegressionFitsMnist() {
        ModelGraph graph = ModelGraph.chain(input(784), softmax(10));
        assertThat(problems(graph, new DataShape("mnist", 784, 10))).isEmpty();
    }
}
