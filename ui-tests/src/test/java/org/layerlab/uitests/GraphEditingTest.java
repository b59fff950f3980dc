package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Problem;
import org.testfx.util.WaitForAsyncUtils;

/** Live validation blocks Train with the reason; undo and redo walk back and forth through exact graphs. */
class GraphEditingTest extends StudioTestBase {

    private final GraphBuilding build = new GraphBuilding(this);

    @Test
    void anUnconnectedOutputDisablesTrainAndSaysWhyOnTheNodeAndInTheList() {
        build.drop("input", 90, 120);
        build.drop("dense", 330, 120);
        build.drop("output", 570, 120);
        build.connect("input_1", "dense_1");

        String message = "layer 'output_1' is not connected: it has no input";
        List<Problem> problems = onFx(() -> studio.editor().problemsProperty().get());
        assertThat(problems).contains(new Problem("output_1", message));
        assertThat(this.<Button>node("#trainButton").isDisabled()).isTrue();
        assertThat(this.<Label>node("#trainBlockedLabel").getText())
                .isEqualTo("⚠ Fix " + problems.size() + " problems to train, first: " + problems.get(0).message());
        Node outputNode = node("#node-output_1");
        assertThat(outputNode.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("invalid"));
        assertThat(lookup("#node-output_1 .node-problem").<Label>queryAll())
                .anyMatch(n -> n.getText().startsWith(message));

        clickOn((Node n) -> n instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().contains("output_1: " + message));
        assertThat(onFx(() -> studio.editor().primarySelectionProperty().get())).isEqualTo("output_1");
        assertThat(this.<Label>node("#inspectorTitle").getText()).contains("output_1");

        build.connect("dense_1", "output_1");
        assertThat(onFx(() -> studio.editor().problemsProperty().get())).isEmpty();
        assertThat(this.<Button>node("#trainButton").isDisabled()).isFalse();
        assertThat(this.<Label>node("#trainBlockedLabel").getText()).isEmpty();
    }

    @Test
    void undoAndRedoRestoreEachExactGraph() {
        List<ModelGraph> history = new ArrayList<>();
        history.add(onFx(() -> studio.editor().graph()));
        build.drop("input", 90, 120);
        history.add(onFx(() -> studio.editor().graph()));
        build.drop("dense", 330, 120);
        history.add(onFx(() -> studio.editor().graph()));
        build.connect("input_1", "dense_1");
        history.add(onFx(() -> studio.editor().graph()));
        clickOn("#node-dense_1");
        build.type("#inspector-units", "48");
        history.add(onFx(() -> studio.editor().graph()));
        assertThat(history).doesNotHaveDuplicates();
        build.clickCanvasBackground();

        for (int i = history.size() - 2; i >= 0; i--) {
            press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> studio.editor().graph())).isEqualTo(history.get(i));
        }
        for (int i = 1; i < history.size(); i++) {
            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> studio.editor().graph())).isEqualTo(history.get(i));
        }
    }
}
