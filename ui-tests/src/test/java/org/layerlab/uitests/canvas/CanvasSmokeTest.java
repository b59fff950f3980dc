package org.layerlab.uitests.canvas;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerlab.app.canvas.CanvasView;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.canvas.PaletteView;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.Edge;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.ModelGraph;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The palette and the canvas in a bare window, driven with the mouse and keys through Monocle. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CanvasSmokeTest {

    private GraphEditor editor;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        ModelGraph graph = ModelGraph.empty()
                .withNode(new org.layerlab.engine.graph.Node("input_1", new InputSpec(2), 60, 60))
                .withNode(new org.layerlab.engine.graph.Node("dense_1", DenseSpec.of(16, Activation.RELU), 340, 60));
        editor = new GraphEditor(graph);
        canvas = new CanvasView(editor);
        BorderPane root = new BorderPane(canvas);
        root.setLeft(new PaletteView(editor));
        stage.setScene(new Scene(root, 1000, 650));
        stage.show();
    }

    @Test
    void draggingDenseFromThePaletteCreatesADenseNodeWhereItIsDropped(FxRobot robot) {
        robot.interact(MonocleDragFix::forgetDragWindow);
        robot.drag("#palette-dense", MouseButton.PRIMARY).moveTo(canvas).moveBy(0, 150).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.graph().nodesOfKind(LayerKind.DENSE)).hasSize(2);
        assertThat(editor.graph().node("dense_2")).isPresent();
        assertThat(editor.selection()).containsExactly("dense_2");
        assertThat(robot.lookup("#node-dense_2").tryQuery()).isPresent();
    }

    @Test
    void draggingFromAnOutputPortToAnInputPortConnectsTheTwoNodes(FxRobot robot) {
        Node from = robot.lookup("#node-input_1 .output-port").query();
        Node to = robot.lookup("#node-dense_1 .input-port").query();

        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.graph().edges()).containsExactly(new Edge("input_1", "dense_1"));
        assertThat(robot.lookup("#edge-input_1-dense_1").tryQuery()).isPresent();
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Connect");
    }

    @Test
    void droppingAConnectionOnItsOwnNodeIsRefusedQuietly(FxRobot robot) {
        Node from = robot.lookup("#node-dense_1 .output-port").query();
        Node card = robot.lookup("#node-dense_1 .node-card").query();
        ModelGraph before = editor.graph();

        robot.drag(from, MouseButton.PRIMARY).dropTo(card);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.graph()).isSameAs(before);
    }

    @Test
    void movingANodeIsOneUndoableStepAndDeleteThenUndoRestoresTheGraph(FxRobot robot) {
        ModelGraph before = editor.graph();
        Node card = robot.lookup("#node-dense_1 .node-card").query();

        robot.drag(card, MouseButton.PRIMARY).moveBy(40, 30).moveBy(40, 30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        org.layerlab.engine.graph.Node moved = editor.graph().require("dense_1");
        assertThat(moved.x()).isEqualTo(340 + 80, org.assertj.core.data.Offset.offset(2.0));
        assertThat(moved.y()).isEqualTo(60 + 60, org.assertj.core.data.Offset.offset(2.0));
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Move dense_1");

        robot.clickOn(card).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.graph().node("dense_1")).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.graph()).isSameAs(before);
    }

    @Test
    void undoKeysOnTheFocusedCanvasUndoOnceEvenWhenTheWindowHasTheSameAccelerator(FxRobot robot) {
        // The studio's Edit menu has Ctrl+Z too; a consumed key must not undo twice.
        int[] menuUndos = {0};
        robot.interact(() -> canvas.getScene().getAccelerators().put(
                javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z"), () -> menuUndos[0]++));
        robot.interact(() -> {
            editor.addNode(LayerKind.DROPOUT, 60, 300);
            editor.addNode(LayerKind.DROPOUT, 260, 300);
        });
        robot.clickOn(robot.lookup("#node-dropout_2 .node-card").queryAs(Node.class));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.graph().node("dropout_2")).isEmpty();
        assertThat(editor.graph().node("dropout_1")).isPresent();
        assertThat(menuUndos[0]).isZero();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.graph().node("dropout_2")).isPresent();
    }

    @Test
    void clickingAConnectionSelectsItAndDeleteRemovesOnlyIt(FxRobot robot) {
        robot.interact(() -> editor.connect("input_1", "dense_1"));
        Node edge = robot.lookup("#edge-input_1-dense_1").query();

        robot.clickOn(edge).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.graph().edges()).isEmpty();
        assertThat(editor.graph().nodes()).hasSize(2);
        assertThat(robot.lookup("#edge-input_1-dense_1").tryQuery()).isEmpty();
    }

    @Test
    void nodeViewsAreUpdatedInPlaceAndProblemsMarkThemInvalid(FxRobot robot) {
        Node before = robot.lookup("#node-dense_1").query();
        robot.interact(() -> {
            editor.apply("Set units", g -> g.withSpec("dense_1", DenseSpec.of(32, Activation.TANH)));
            editor.problemsProperty().set(java.util.List.of(new org.layerlab.engine.graph.Problem("dense_1", "dense_1 has no input")));
        });

        Node after = robot.lookup("#node-dense_1").query();
        assertThat(after).isSameAs(before);
        assertThat(robot.lookup("#node-dense_1 .node-settings").queryLabeled().getText()).isEqualTo("32 · tanh");
        assertThat(after.getPseudoClassStates()).extracting(Object::toString).contains("invalid");
        assertThat(robot.lookup("#node-dense_1 .node-problem").queryLabeled().getText()).isEqualTo("dense_1 has no input");
        assertThat(robot.lookup("#node-dense_1 .node-warning").query().isVisible()).isTrue();

        robot.interact(() -> editor.problemsProperty().set(java.util.List.of()));
        assertThat(after.getPseudoClassStates()).extracting(Object::toString).doesNotContain("invalid");
    }

    @Test
    void aRubberBandOnTheEmptyCanvasSelectsTheNodesItTouches(FxRobot robot) {
        javafx.geometry.Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.moveTo(b.getMinX() + 20, b.getMinY() + 20)
                .press(MouseButton.PRIMARY)
                .moveTo(b.getMinX() + 450, b.getMinY() + 140)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.selection()).containsExactlyInAnyOrder("input_1", "dense_1");
    }
}
