package org.layerlab.app.canvas;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.Edge;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.MergeSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.OutputSpec;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph document without a toolkit: history, selection, clipboard, dirty state, layout. */
class GraphEditorTest {

    /** Input 2 -> Dense 16 relu -> Dropout 0.5 -> Dense 16 relu -> Output 2 softmax. */
    private static ModelGraph chain() {
        return ModelGraph.chain(new InputSpec(2), DenseSpec.of(16, Activation.RELU), new DropoutSpec(0.5),
                DenseSpec.of(16, Activation.RELU), new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
    }

    private static DenseSpec dense(ModelGraph g, String id) {
        return (DenseSpec) g.require(id).spec();
    }

    @Test
    void undoRestoresTheExactPreviousGraphAndRedoTheExactNextOne() {
        ModelGraph start = chain();
        GraphEditor editor = new GraphEditor(start);
        editor.apply("Set units", g -> g.withSpec("dense_1", dense(g, "dense_1").withUnits(32)));
        ModelGraph edited = editor.graph();
        editor.apply("Move dense_2", g -> g.withMoved("dense_2", 500, 300));
        ModelGraph moved = editor.graph();

        assertThat(editor.undo()).isTrue();
        assertThat(editor.graph()).isSameAs(edited);
        assertThat(editor.undo()).isTrue();
        assertThat(editor.graph()).isSameAs(start).isEqualTo(chain());
        assertThat(editor.undo()).isFalse();
        assertThat(editor.graph()).isSameAs(start);

        assertThat(editor.redo()).isTrue();
        assertThat(editor.graph()).isSameAs(edited);
        assertThat(dense(editor.graph(), "dense_1").units()).isEqualTo(32);
        assertThat(editor.redo()).isTrue();
        assertThat(editor.graph()).isSameAs(moved);
        assertThat(editor.redo()).isFalse();
    }

    @Test
    void menuDescriptionsNameTheStepThatUndoAndRedoWouldTake() {
        GraphEditor editor = new GraphEditor(chain());
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo");
        assertThat(editor.canUndoProperty().get()).isFalse();

        editor.apply("Set units", g -> g.withSpec("dense_1", dense(g, "dense_1").withUnits(8)));
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Set units");
        assertThat(editor.canUndoProperty().get()).isTrue();
        assertThat(editor.canRedoProperty().get()).isFalse();

        editor.undo();
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo");
        assertThat(editor.redoDescriptionProperty().get()).isEqualTo("Redo Set units");
        assertThat(editor.canRedoProperty().get()).isTrue();
    }

    @Test
    void anEditThatChangesNothingIsNotAStepAndANewEditDropsTheRedoStack() {
        GraphEditor editor = new GraphEditor(chain());
        editor.apply("Nothing", g -> g.withMoved("input_1", g.require("input_1").x(), g.require("input_1").y()));
        assertThat(editor.canUndoProperty().get()).isFalse();

        editor.apply("Set units", g -> g.withSpec("dense_1", dense(g, "dense_1").withUnits(8)));
        editor.undo();
        editor.apply("Set activation", g -> g.withSpec("dense_1", dense(g, "dense_1").withActivation(Activation.TANH)));
        assertThat(editor.canRedoProperty().get()).isFalse();
        assertThat(editor.redo()).isFalse();
        assertThat(dense(editor.graph(), "dense_1").units()).isEqualTo(16);
    }

    @Test
    void anEditThatThrowsLeavesTheDocumentUnchanged() {
        GraphEditor editor = new GraphEditor(chain());
        ModelGraph before = editor.graph();
        try {
            editor.apply("Connect", g -> g.connect("dense_1", "dense_1"));
        } catch (IllegalArgumentException expected) {
            assertThat(expected).hasMessageContaining("dense_1");
        }
        assertThat(editor.graph()).isSameAs(before);
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedGraphAndUndoingBackToItIsClean() {
        GraphEditor editor = new GraphEditor(chain());
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.addNode(LayerKind.DENSE, 100, 400);
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.undo();
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.redo();
        editor.markSaved();
        assertThat(editor.dirtyProperty().get()).isFalse();
        editor.undo();
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void resetReplacesTheDocumentAndForgetsHistoryAndSelection() {
        GraphEditor editor = new GraphEditor(chain());
        editor.select("dense_1");
        editor.addNode(LayerKind.DROPOUT, 0, 0);
        ModelGraph opened = ModelGraph.chain(new InputSpec(4), new OutputSpec(3, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));

        editor.reset(opened);

        assertThat(editor.graph()).isSameAs(opened);
        assertThat(editor.canUndoProperty().get()).isFalse();
        assertThat(editor.selection()).isEmpty();
        assertThat(editor.primarySelectionProperty().get()).isNull();
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void addNodeUsesTheKindsDefaultsAndSelectsTheNewNode() {
        GraphEditor editor = new GraphEditor(chain());
        String id = editor.addNode(LayerKind.DENSE, 120, 340);

        assertThat(id).isEqualTo("dense_3");
        Node added = editor.graph().require(id);
        assertThat(added.spec()).isEqualTo(DenseSpec.of(16, Activation.RELU));
        assertThat(added.x()).isEqualTo(120);
        assertThat(added.y()).isEqualTo(340);
        assertThat(editor.selection()).containsExactly(id);
        assertThat(editor.primarySelectionProperty().get()).isEqualTo(id);
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Add Dense");
    }

    @Test
    void copyPasteGivesFreshIdsKeepsOnlyInternalEdgesAndOffsetsEachPaste() {
        GraphEditor editor = new GraphEditor(chain());
        editor.select("dense_1");
        editor.toggleSelection("dropout_1");
        editor.copy();

        editor.paste();
        ModelGraph g = editor.graph();
        assertThat(g.nodes()).hasSize(7);
        assertThat(g.node("dense_3")).isPresent();
        assertThat(g.node("dropout_2")).isPresent();
        assertThat(g.edges()).contains(new Edge("dense_3", "dropout_2"));
        assertThat(g.inputsOf("dense_3")).isEmpty();      // the edge from input_1 was not copied
        assertThat(g.outputsOf("dropout_2")).isEmpty();   // nor the one to dense_2
        assertThat(g.require("dense_3").x()).isEqualTo(g.require("dense_1").x() + GraphClipboard.OFFSET);
        assertThat(g.require("dense_3").y()).isEqualTo(g.require("dense_1").y() + GraphClipboard.OFFSET);
        assertThat(g.require("dense_3").spec()).isEqualTo(g.require("dense_1").spec());
        assertThat(editor.selection()).containsExactlyInAnyOrder("dense_3", "dropout_2");

        editor.paste();
        assertThat(editor.graph().require("dense_4").x()).isEqualTo(g.require("dense_1").x() + 2 * GraphClipboard.OFFSET);
        assertThat(editor.graph().edges()).contains(new Edge("dense_4", "dropout_3"));

        editor.undo();
        editor.undo();
        assertThat(editor.graph()).isEqualTo(chain());
    }

    @Test
    void cutIsOneStepAndItsFirstPasteLandsInPlace() {
        GraphEditor editor = new GraphEditor(chain());
        Node dropout = editor.graph().require("dropout_1");
        editor.select("dropout_1");
        editor.cut();
        assertThat(editor.graph().node("dropout_1")).isEmpty();
        assertThat(editor.graph().edges()).noneMatch(e -> e.from().equals("dropout_1") || e.to().equals("dropout_1"));
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Cut");

        editor.paste();
        Node pasted = editor.graph().require("dropout_1");
        assertThat(pasted.x()).isEqualTo(dropout.x());
        assertThat(pasted.y()).isEqualTo(dropout.y());
        editor.undo();
        editor.undo();
        assertThat(editor.graph()).isEqualTo(chain());
    }

    @Test
    void deleteRemovesTheSelectedNodesWithTheirEdgesAndUndoBringsThemBack() {
        ModelGraph start = chain();
        GraphEditor editor = new GraphEditor(start);
        editor.select("dropout_1");
        editor.toggleSelection("dense_2");
        editor.deleteSelection();

        ModelGraph g = editor.graph();
        assertThat(g.nodes()).extracting(Node::id).containsExactly("input_1", "dense_1", "output_1");
        assertThat(g.edges()).containsExactly(new Edge("input_1", "dense_1"));
        assertThat(editor.selection()).isEmpty();
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Delete 2 layers");

        editor.undo();
        assertThat(editor.graph()).isSameAs(start);
    }

    @Test
    void deletingASelectedConnectionRemovesOnlyThatConnection() {
        GraphEditor editor = new GraphEditor(chain());
        editor.select("dense_1");
        editor.selectEdge(new Edge("dense_1", "dropout_1"));
        assertThat(editor.selection()).isEmpty();

        editor.deleteSelection();
        assertThat(editor.graph().nodes()).hasSize(5);
        assertThat(editor.graph().edges()).hasSize(3).doesNotContain(new Edge("dense_1", "dropout_1"));
        assertThat(editor.selectedEdgeProperty().get()).isNull();
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Delete connection");
    }

    @Test
    void duplicateCopiesTheSelectionNextToItselfAndLeavesTheClipboardAlone() {
        GraphEditor editor = new GraphEditor(chain());
        assertThat(editor.canPaste()).isFalse();
        editor.select("dense_1");
        editor.toggleSelection("dropout_1");
        editor.duplicate();

        ModelGraph g = editor.graph();
        assertThat(g.edges()).contains(new Edge("dense_3", "dropout_2"));
        assertThat(g.require("dropout_2").x()).isEqualTo(g.require("dropout_1").x() + GraphClipboard.OFFSET);
        assertThat(editor.selection()).containsExactlyInAnyOrder("dense_3", "dropout_2");
        assertThat(editor.canPaste()).isFalse();
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Duplicate");
    }

    @Test
    void connectRefusesLoopsDuplicatesAndWrongEndsWithoutThrowing() {
        GraphEditor editor = new GraphEditor(chain());
        ModelGraph before = editor.graph();

        assertThat(editor.connect("dense_1", "dense_1")).isFalse();
        assertThat(editor.connectionRefusal("dense_1", "dense_1")).contains("a layer cannot feed itself");
        assertThat(editor.connect("input_1", "dense_1")).isFalse();   // already connected
        assertThat(editor.connect("dense_2", "dense_1")).isFalse();   // a cycle
        assertThat(editor.connectionRefusal("dense_2", "dense_1")).get().asString().contains("loop");
        assertThat(editor.connect("output_1", "dense_1")).isFalse();  // nothing after Output
        assertThat(editor.connect("dense_1", "input_1")).isFalse();   // nothing feeds Input
        assertThat(editor.connect("dense_1", "nowhere")).isFalse();
        assertThat(editor.graph()).isSameAs(before);

        assertThat(editor.connect("input_1", "dense_2")).isTrue();
        assertThat(editor.graph().edges()).contains(new Edge("input_1", "dense_2"));
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Connect");
    }

    @Test
    void aWholeMoveIsOneStep() {
        GraphEditor editor = new GraphEditor(chain());
        editor.moveBy(List.of("dense_1", "dropout_1"), 40, -20);
        assertThat(editor.graph().require("dense_1").x()).isEqualTo(chain().require("dense_1").x() + 40);
        assertThat(editor.graph().require("dropout_1").y()).isEqualTo(chain().require("dropout_1").y() - 20);
        assertThat(editor.undoDescriptionProperty().get()).isEqualTo("Undo Move 2 layers");
        editor.undo();
        assertThat(editor.graph()).isEqualTo(chain());
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void thePrimarySelectionIsTheLastNodeAddedAndFallsBackWhenItLeaves() {
        GraphEditor editor = new GraphEditor(chain());
        editor.select("dense_1");
        editor.toggleSelection("dense_2");
        assertThat(editor.primarySelectionProperty().get()).isEqualTo("dense_2");
        editor.toggleSelection("dense_2");
        assertThat(editor.primarySelectionProperty().get()).isEqualTo("dense_1");
        editor.selectAll();
        assertThat(editor.selection()).hasSize(5);
        editor.clearSelection();
        assertThat(editor.primarySelectionProperty().get()).isNull();

        editor.select("dropout_1");
        editor.deleteSelection();
        assertThat(editor.primarySelectionProperty().get()).isNull();
    }

    @Test
    void tidyUpPutsEveryNodeRightOfItsInputsAndStacksBranches() {
        // input -> a, input -> b, a + b -> merge -> output; plus a dangling Dense; all piled in one spot.
        ModelGraph g = ModelGraph.empty()
                .withNode(new Node("input_1", new InputSpec(2), 300, 300))
                .withNode(new Node("a", DenseSpec.of(8, Activation.RELU), 300, 300))
                .withNode(new Node("b", DenseSpec.of(8, Activation.TANH), 300, 300))
                .withNode(new Node("merge_1", new MergeSpec(MergeMode.CONCATENATE), 300, 300))
                .withNode(new Node("output_1", new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY), 300, 300))
                .withNode(new Node("lonely", DenseSpec.of(4, Activation.RELU), 310, 320))
                .connect("input_1", "a").connect("input_1", "b")
                .connect("a", "merge_1").connect("b", "merge_1").connect("merge_1", "output_1");
        double width = 190;
        double pitch = 140;

        ModelGraph tidy = Layout.tidy(g, id -> width, pitch);

        for (Edge e : tidy.edges()) {
            assertThat(tidy.require(e.to()).x())
                    .as("%s right of its input %s", e.to(), e.from())
                    .isGreaterThanOrEqualTo(tidy.require(e.from()).x() + width + Layout.COLUMN_GAP);
        }
        assertThat(tidy.require("a").x()).isEqualTo(tidy.require("b").x());
        assertThat(Math.abs(tidy.require("a").y() - tidy.require("b").y())).isGreaterThanOrEqualTo(pitch);
        // the merge sits between its two branches, the chain after it stays level
        assertThat(tidy.require("merge_1").y()).isEqualTo((tidy.require("a").y() + tidy.require("b").y()) / 2);
        assertThat(tidy.require("output_1").y()).isEqualTo(tidy.require("merge_1").y());
        // no two nodes overlap
        Map<Double, List<Node>> columns = tidy.nodes().stream().collect(Collectors.groupingBy(Node::x));
        columns.values().forEach(column -> {
            for (Node n : column) {
                for (Node m : column) {
                    if (n != m) {
                        assertThat(Math.abs(n.y() - m.y())).as("%s and %s", n.id(), m.id()).isGreaterThanOrEqualTo(pitch);
                    }
                }
            }
        });
        // the top-left corner stays put, and tidying through the editor is one undoable step
        assertThat(tidy.nodes().stream().mapToDouble(Node::x).min().orElseThrow()).isEqualTo(300);
        assertThat(tidy.nodes().stream().mapToDouble(Node::y).min().orElseThrow()).isEqualTo(300);
        GraphEditor editor = new GraphEditor(g);
        editor.apply("Tidy up", graph -> Layout.tidy(graph, id -> width, pitch));
        assertThat(editor.graph()).isEqualTo(tidy);
        editor.undo();
        assertThat(editor.graph()).isSameAs(g);
    }

    @Test
    void tidyUpKeepsAChainOnOneRow() {
        ModelGraph tidy = Layout.tidy(chain().withMoved("dropout_1", 900, 700), id -> 180, 130);
        Set<Double> rows = tidy.nodes().stream().map(Node::y).collect(Collectors.toSet());
        assertThat(rows).hasSize(1);
        List<Node> order = tidy.topologicalOrder().orElseThrow();
        for (int i = 1; i < order.size(); i++) {
            assertThat(order.get(i).x()).isGreaterThan(order.get(i - 1).x());
        }
    }

    @Test
    void aFreeSpotOverlapsNoNode() {
        ModelGraph g = chain();
        double[] spot = Layout.freeSpot(g, "dense_1");
        for (Node n : g.nodes()) {
            boolean overlaps = Math.abs(n.x() - spot[0]) < Layout.NODE_WIDTH && Math.abs(n.y() - spot[1]) < Layout.NODE_HEIGHT;
            assertThat(overlaps).as("overlaps %s", n.id()).isFalse();
        }
    }
}
