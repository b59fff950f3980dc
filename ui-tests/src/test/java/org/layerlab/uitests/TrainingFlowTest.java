package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.training.TrainingViewModel.Phase;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.OutputSpec;
import org.testfx.util.WaitForAsyncUtils;

/** The whole classroom gesture: build a network from the palette, choose moons, train, pause, step, stop. */
class TrainingFlowTest extends StudioTestBase {

    private final GraphBuilding build = new GraphBuilding(this);

    @TempDir
    Path dir;

    private void chooseDataset(String name) {
        clickOn("#datasetTab");
        clickOn("#datasetChoice");
        clickOn((javafx.scene.Node n) -> n instanceof ListCell<?> cell && name.equals(cell.getText())
                && n.getScene() != studio.scene());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int epoch() {
        return onFx(() -> studio.training().epochProperty().get());
    }

    private Phase phase() {
        return onFx(() -> studio.training().phaseProperty().get());
    }

    @Test
    void buildChooseMoonsTrainPauseStepOneEpochAndStop() throws Exception {
        build.drop("input", 90, 120);
        build.drop("dense", 330, 120);
        build.drop("output", 570, 120);
        build.connect("input_1", "dense_1");
        build.connect("dense_1", "output_1");
        assertThat(onFx(() -> studio.editor().graph().edges())).hasSize(2);

        clickOn("#node-dense_1");
        build.type("#inspector-units", "0");
        assertThat(onFx(() -> ((DenseSpec) studio.editor().graph().require("dense_1").spec()).units())).isEqualTo(16);
        assertThat(lookup(".refusal").<Label>queryAll()).anyMatch(n -> n.isVisible()
                && n.getText().equals("units must be 1..4096, found 0"));
        build.type("#inspector-units", "64");
        build.type("#inspector-units", "16");
        assertThat(onFx(() -> studio.editor().graph().require("dense_1").spec()))
                .isEqualTo(DenseSpec.of(16, Activation.RELU));
        assertThat(onFx(() -> studio.editor().undoDescriptionProperty().get())).isEqualTo("Undo Set units");

        chooseDataset("1-D regression (sine)");
        assertThat(onFx(() -> studio.editor().graph().require("input_1").spec())).isEqualTo(new InputSpec(1));
        chooseDataset("Moons");
        assertThat(onFx(() -> studio.document().datasetProperty().get().kind())).isEqualTo(DatasetKind.MOONS);
        assertThat(onFx(() -> studio.editor().graph().require("input_1").spec())).isEqualTo(new InputSpec(2));
        assertThat(((OutputSpec) onFx(() -> studio.editor().graph().require("output_1").spec())).units()).isEqualTo(2);
        assertThat(this.<Label>node("#datasetNote").getText())
                .isEqualTo("Input set to 2 features and Output to 2 units · softmax for moons");

        // 100 minibatches a second: about four moons epochs a second, slow enough to pause mid-run.
        onFx(() -> this.<Slider>node("#speedSlider").setValue(2));
        Button train = node("#trainButton");
        assertThat(train.isDisabled()).isFalse();
        clickOn(train);
        waitUntil(90, () -> studio.training().epochProperty().get() >= 2);
        assertThat(this.<Label>node("#epochLabel").getText()).matches("Epoch \\d+ / 100");
        assertThat(this.<Label>node("#backendLabel").getText()).startsWith("CPU");

        clickOn(train);
        waitUntil(20, () -> studio.training().phaseProperty().get() == Phase.PAUSED);
        int paused = epoch();
        assertThat(train.getText()).isEqualTo("Resume");
        // At 1280 pixels (a common projector) the status bar's figures show whole, not cut with "…".
        for (String id : List.of("#epochLabel", "#elapsedLabel", "#samplesLabel", "#lossLabel", "#valLossLabel")) {
            Label figure = node(id);
            assertThat(onFx(() -> figure.getWidth() + 0.5 >= figure.prefWidth(-1)))
                    .as("%s \"%s\" shows whole", id, onFx(figure::getText)).isTrue();
        }

        clickOn("#stepEpochButton");
        waitUntil(20, () -> studio.training().epochProperty().get() == paused + 1
                && studio.training().phaseProperty().get() == Phase.PAUSED);
        for (int frame = 0; frame < 20; frame++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(epoch()).isEqualTo(paused + 1);
        assertThat(phase()).isEqualTo(Phase.PAUSED);
        assertThat(this.<Label>node("#epochLabel").getText()).isEqualTo("Epoch " + (paused + 1) + " / 100");
        assertThat(this.<TableView<?>>node("#metricsTable").getItems()).hasSize(paused + 1);

        clickOn("#stopButton");
        waitUntil(20, () -> studio.training().phaseProperty().get() == Phase.STOPPED);
        assertThat(epoch()).isEqualTo(paused + 1);

        Path zip = dir.resolve("moons-model.zip");
        dialogs.files.add(zip);
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitUntil(30, () -> !dialogs.infos.isEmpty());
        assertThat(dialogs.infos).singleElement().asString().startsWith("Model exported: ").contains(zip.toString());
        assertThat(Files.size(zip)).isPositive();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void spaceStartsAndPausesTrainingWithTheCanvasFocused() throws Exception {
        dialogs.files.add(sampleData().resolve("projects/xor-hidden.json"));
        clickOn("File").clickOn("Open…");
        onFx(() -> this.<Slider>node("#speedSlider").setValue(2));
        build.clickCanvasBackground();
        type(KeyCode.SPACE);
        waitUntil(90, () -> studio.training().phaseProperty().get() == Phase.RUNNING);
        type(KeyCode.SPACE);
        waitUntil(20, () -> studio.training().phaseProperty().get() == Phase.PAUSED);
    }

    @Test
    void spaceStartsAndPausesTrainingWhenNoFieldHasTheFocus() throws Exception {
        dialogs.files.add(sampleData().resolve("projects/xor-hidden.json"));
        clickOn("File").clickOn("Open…");
        onFx(() -> this.<Slider>node("#speedSlider").setValue(2));
        clickOn("#datasetTab");
        onFx(() -> this.<javafx.scene.control.ScrollPane>node("#datasetPane").setVvalue(1));
        clickOn("#regenerate");
        long seed = onFx(() -> studio.document().datasetProperty().get().seed());

        // The focused Regenerate button does not take Space for itself: Space still means Train.
        type(KeyCode.SPACE);
        waitUntil(90, () -> studio.training().phaseProperty().get() == Phase.RUNNING);
        assertThat(onFx(() -> studio.document().datasetProperty().get().seed())).isEqualTo(seed);
        type(KeyCode.SPACE);
        waitUntil(20, () -> studio.training().phaseProperty().get() == Phase.PAUSED);

        clickOn("#trainingTab");
        clickOn("#training-epochs");
        type(KeyCode.SPACE);
        type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(phase()).isEqualTo(Phase.PAUSED);

        build.clickCanvasBackground();
        type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(phase()).isEqualTo(Phase.IDLE);
        assertThat(this.<Label>node("#epochLabel").getText()).isEqualTo("Epoch 0 / "
                + onFx(() -> studio.document().trainingProperty().get().epochs()));
    }
}
