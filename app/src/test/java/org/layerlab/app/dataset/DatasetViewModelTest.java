package org.layerlab.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.engine.data.DataPipeline;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;

class DatasetViewModelTest {

    private final GraphEditor editor = new GraphEditor(ModelGraph.chain(new InputSpec(2),
            DenseSpec.of(16, Activation.RELU), new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY)));
    private final ObjectProperty<DatasetSpec> spec =
            new SimpleObjectProperty<>(DatasetSpec.defaultsFor(DatasetKind.MOONS));
    private final DatasetViewModel model =
            new DatasetViewModel(spec, editor, DataPipeline::prepare, Runnable::run, Runnable::run);

    private OutputSpec output() {
        return (OutputSpec) editor.graph().require("output_1").spec();
    }

    @Test
    void thePreviewIsPreparedFromTheSpec() {
        assertThat(model.previewProperty().get()).isNotNull();
        assertThat(model.previewProperty().get().train().featureCount()).isEqualTo(2);
        assertThat(model.shapeProperty().get().classes()).isEqualTo(2);
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void choosingMnistFitsInputAndOutputInOneUndoableStepWithANote() {
        ModelGraph before = editor.graph();

        model.choose(DatasetKind.MNIST);

        assertThat(editor.graph().require("input_1").spec()).isEqualTo(new InputSpec(784));
        assertThat(output()).isEqualTo(new OutputSpec(10, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
        assertThat(model.noteProperty().get())
                .isEqualTo("Input set to 784 features and Output to 10 units · softmax for mnist");
        assertThat(model.noteIsWarningProperty().get()).isFalse();
        assertThat(model.previewProperty().get().train().featureCount()).isEqualTo(784);

        assertThat(editor.undo()).isTrue();
        assertThat(editor.graph()).isEqualTo(before);
    }

    @Test
    void choosingRegressionGivesOneLinearUnitWithMse() {
        model.choose(DatasetKind.REGRESSION);

        assertThat(editor.graph().require("input_1").spec()).isEqualTo(new InputSpec(1));
        assertThat(output()).isEqualTo(new OutputSpec(1, Activation.LINEAR, Loss.MSE));
    }

    @Test
    void blobsWithFourClassesGetFourOutputUnits() {
        model.choose(DatasetKind.BLOBS);
        model.setClasses(4);

        assertThat(output().units()).isEqualTo(4);
        assertThat(model.shapeProperty().get().classes()).isEqualTo(4);
    }

    @Test
    void aSingleSigmoidUnitIsKeptForTwoClasses() {
        editor.apply("binary", g -> g.withSpec("output_1", new OutputSpec(1, Activation.SIGMOID,
                Loss.BINARY_CROSSENTROPY)));
        model.choose(DatasetKind.XOR);

        assertThat(output()).isEqualTo(new OutputSpec(1, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY));
        assertThat(model.noteProperty().get()).isEqualTo("The graph already fits xor.");
    }

    @Test
    void aGraphWithoutAnInputIsReportedNotFixed() {
        editor.reset(ModelGraph.chain(DenseSpec.of(8, Activation.RELU),
                new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY)));

        model.choose(DatasetKind.MNIST);

        assertThat(model.noteIsWarningProperty().get()).isTrue();
        assertThat(model.noteProperty().get()).contains("Output set to 10 units · softmax for mnist")
                .contains("Cannot fit the graph to mnist: add an Input layer (mnist has 784 features)");
    }

    @Test
    void openingAProjectWithOtherDataDoesNotTouchTheGraph() {
        ModelGraph before = editor.graph();
        spec.set(DatasetSpec.defaultsFor(DatasetKind.MNIST));

        assertThat(editor.graph()).isEqualTo(before);
        assertThat(model.noteProperty().get()).isEmpty();
        assertThat(model.shapeProperty().get().features()).isEqualTo(784);
    }

    @Test
    void regenerateDrawsANewSampleWithANewSeed() {
        long seed = spec.get().seed();
        float first = model.previewProperty().get().train().features()[0][0];

        model.regenerate();

        assertThat(spec.get().seed()).isNotEqualTo(seed);
        assertThat(model.previewProperty().get().train().features()[0][0]).isNotEqualTo(first);
    }

    @Test
    void badSettingsShowTheEnginesMessageAndNoPreview() {
        model.setSamples(3);

        assertThat(model.previewProperty().get()).isNull();
        assertThat(model.errorProperty().get()).contains("samples must be 10..100000, found 3");
    }

    @Test
    void aCsvFileIsReadForItsShapeAndTheGraphFitsItsClasses() {
        java.nio.file.Path csv = org.layerlab.engine.data.SampleData.resolve("csv/two-scales.csv");

        model.chooseCsv(csv);

        assertThat(spec.get().kind()).isEqualTo(DatasetKind.CSV);
        assertThat(spec.get().path()).isEqualTo(csv.toAbsolutePath().toString());
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.shapeProperty().get().features()).isEqualTo(2);
        assertThat(output().units()).isEqualTo(model.shapeProperty().get().classes());
        assertThat(model.noteIsWarningProperty().get()).isFalse();
    }

    @Test
    void aCsvFileThatCannotBeReadIsReportedAndTheGraphStays() {
        ModelGraph before = editor.graph();

        model.chooseCsv(java.nio.file.Path.of("/no/such/file.csv"));

        assertThat(editor.graph()).isEqualTo(before);
        assertThat(model.errorProperty().get()).contains("file.csv");
        assertThat(model.shapeProperty().get()).isNull();
        assertThat(model.noteIsWarningProperty().get()).isTrue();
        assertThat(model.noteProperty().get()).startsWith("Cannot use this data: ");
    }

    @Test
    void holdoutSharesLeaveTheRestForTraining() {
        model.setHoldout(0.2, 0.1);
        assertThat(spec.get().trainRatio()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(spec.get().validationRatio()).isEqualTo(0.2);
        assertThat(spec.get().testRatio()).isEqualTo(0.1);
    }

    @Test
    void teachingKnobsChangeOnlyTheTrainingSplitAndRefuseBadValuesNamingThem() {
        int validationBefore = model.previewProperty().get().validation().size();

        model.setTrainingSize(50);
        model.setLabelNoise(0.2);

        assertThat(spec.get().knobs().trainingSize()).isEqualTo(50);
        assertThat(spec.get().knobs().labelNoise()).isEqualTo(0.2);
        assertThat(model.previewProperty().get().train().size()).isEqualTo(50);
        assertThat(model.previewProperty().get().validation().size()).isEqualTo(validationBefore);
        assertThatThrownBy(() -> model.setLabelNoise(1.5)).hasMessageContaining("found 1.5");
        assertThatThrownBy(() -> model.setFeatureScale(0, -2)).hasMessageContaining("found -2.0");
        assertThat(spec.get().knobs().featureScale()).isEqualTo(1.0);

        model.setFeatureScale(1, 1000);
        float[] scaled = model.previewProperty().get().train().features()[0];
        model.setFeatureScale(1, 1);
        float[] plain = model.previewProperty().get().train().features()[0];
        assertThat(scaled[1]).isCloseTo(plain[1] * 1000, org.assertj.core.data.Offset.offset(Math.abs(plain[1]) * 1e-3f + 1e-3f));
        assertThat(scaled[0]).isEqualTo(plain[0]);
    }
}
