package org.layerlab.app.canvas;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.layerlab.engine.graph.Edge;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.NodeShape;
import org.layerlab.engine.graph.Problem;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The graph document: the current {@link ModelGraph}, undo/redo, selection, clipboard, problems and
 * shapes. Every change to the graph goes through {@link #apply}, so every change can be undone.
 * FX thread only; it needs no running toolkit, so it is tested as plain Java.
 */
public final class GraphEditor {

    private final ReadOnlyObjectWrapper<ModelGraph> graph = new ReadOnlyObjectWrapper<>(this, "graph");
    private final History history = new History();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "Undo");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "Redo");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<String> primarySelection = new ReadOnlyObjectWrapper<>(this, "primarySelection");
    private final ReadOnlyObjectWrapper<Edge> selectedEdge = new ReadOnlyObjectWrapper<>(this, "selectedEdge");
    private final ObjectProperty<List<Problem>> problems = new SimpleObjectProperty<>(this, "problems", List.of());
    private final ObjectProperty<Map<String, NodeShape>> shapes = new SimpleObjectProperty<>(this, "shapes", Map.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final GraphClipboard clipboard = new GraphClipboard();
    private ModelGraph savedGraph;

    public GraphEditor(ModelGraph initial) {
        Objects.requireNonNull(initial, "initial graph");
        graph.set(initial);
        savedGraph = initial;
        selection.addListener((SetChangeListener<String>) change -> selectionChanged(change));
    }

    public ReadOnlyObjectProperty<ModelGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ModelGraph graph() {
        return graph.get();
    }

    /**
     * Applies one edit as one undoable step; a no-op if the graph comes back equal. An edit that
     * throws leaves the document unchanged.
     */
    public void apply(String description, UnaryOperator<ModelGraph> edit) {
        Objects.requireNonNull(description, "description");
        ModelGraph before = graph.get();
        ModelGraph after = Objects.requireNonNull(edit.apply(before), () -> "the edit '" + description + "' returned no graph");
        if (after.equals(before)) {
            return;
        }
        history.push(new History.Step(description, before, after));
        show(after);
    }

    /** Replaces the document (New/Open): clears history and selection; the new graph counts as saved. */
    public void reset(ModelGraph newGraph) {
        Objects.requireNonNull(newGraph, "graph");
        history.clear();
        clearSelection();
        savedGraph = newGraph;
        show(newGraph);
    }

    public boolean undo() {
        return history.undo().map(step -> {
            show(step.before());
            return true;
        }).orElse(false);
    }

    public boolean redo() {
        return history.redo().map(step -> {
            show(step.after());
            return true;
        }).orElse(false);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Set units" (or just "Undo" when there is nothing), for the Edit menu. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** "Redo Set units" (or just "Redo"), for the Edit menu. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    // ---- selection -------------------------------------------------------------------------

    /** The selected node ids, in the order they were selected. */
    public ObservableSet<String> selection() {
        return selection;
    }

    /** The node the inspector shows: the one clicked last among the selected, or null. */
    public ReadOnlyObjectProperty<String> primarySelectionProperty() {
        return primarySelection.getReadOnlyProperty();
    }

    /** The selected connection, or null; selecting nodes clears it and vice versa. */
    public ReadOnlyObjectProperty<Edge> selectedEdgeProperty() {
        return selectedEdge.getReadOnlyProperty();
    }

    /** Selects this node alone. */
    public void select(String id) {
        graph.get().require(id);
        selectedEdge.set(null);
        selection.retainAll(Set.of(id));
        selection.add(id);
        primarySelection.set(id);
    }

    /** Adds the node to the selection, or removes it if it was selected (Shift/Ctrl-click). */
    public void toggleSelection(String id) {
        graph.get().require(id);
        selectedEdge.set(null);
        if (!selection.remove(id)) {
            selection.add(id);
            primarySelection.set(id);
        }
    }

    /** Selects exactly these nodes (rubber band); unknown ids are ignored. */
    public void selectOnly(Collection<String> ids) {
        Set<String> known = new LinkedHashSet<>(ids);
        known.retainAll(idsOf(graph.get()));
        selectedEdge.set(null);
        selection.retainAll(known);
        selection.addAll(known);
        if (primarySelection.get() == null && !known.isEmpty()) {
            primarySelection.set(known.iterator().next());
        }
    }

    /** Selects this connection alone. */
    public void selectEdge(Edge edge) {
        if (!graph.get().edges().contains(edge)) {
            throw new IllegalArgumentException("no connection " + edge.from() + " -> " + edge.to());
        }
        selection.clear();
        selectedEdge.set(edge);
    }

    public void selectAll() {
        selectedEdge.set(null);
        selection.addAll(idsOf(graph.get()));
    }

    public void clearSelection() {
        selection.clear();
        selectedEdge.set(null);
    }

    // ---- edits -----------------------------------------------------------------------------

    /** Adds a node of {@code kind} with its default settings, top-left corner at (x, y); selects it and returns its id. */
    public String addNode(LayerKind kind, double x, double y) {
        String id = graph.get().nextId(kind);
        apply("Add " + kind.displayName(), g -> g.withNode(new Node(id, LayerSpec.defaultsFor(kind), x, y)));
        select(id);
        return id;
    }

    /** Why {@code from -> to} cannot be connected, or empty when it can. */
    public Optional<String> connectionRefusal(String from, String to) {
        ModelGraph g = graph.get();
        Optional<Node> source = g.node(from);
        Optional<Node> target = g.node(to);
        if (source.isEmpty() || target.isEmpty()) {
            return Optional.of("no layer with id '" + (source.isEmpty() ? from : to) + "'");
        }
        if (from.equals(to)) {
            return Optional.of("a layer cannot feed itself");
        }
        if (source.get().kind() == LayerKind.OUTPUT) {
            return Optional.of("Output is the last layer: nothing comes after it");
        }
        if (target.get().kind() == LayerKind.INPUT) {
            return Optional.of("Input is where the data enters: nothing feeds it");
        }
        if (g.edges().contains(new Edge(from, to))) {
            return Optional.of(from + " already feeds " + to);
        }
        if (reaches(g, to, from)) {
            return Optional.of("that would make a loop: data must flow one way");
        }
        return Optional.empty();
    }

    /** Connects {@code from -> to} as one undoable step; false (and no change) if {@link #connectionRefusal} refuses. */
    public boolean connect(String from, String to) {
        if (connectionRefusal(from, to).isPresent()) {
            return false;
        }
        apply("Connect", g -> g.connect(from, to));
        return true;
    }

    /** Moves nodes by (dx, dy) as one step (a whole mouse drag). */
    public void moveBy(Collection<String> ids, double dx, double dy) {
        if (ids.isEmpty() || (dx == 0 && dy == 0)) {
            return;
        }
        apply(ids.size() == 1 ? "Move " + ids.iterator().next() : "Move " + ids.size() + " layers", g -> {
            ModelGraph moved = g;
            for (String id : ids) {
                Node n = moved.require(id);
                moved = moved.withMoved(id, n.x() + dx, n.y() + dy);
            }
            return moved;
        });
    }

    /** Deletes the selected nodes (with their connections) or the selected connection, as one step. */
    public void deleteSelection() {
        Edge edge = selectedEdge.get();
        if (!selection.isEmpty()) {
            List<String> ids = List.copyOf(selection);
            apply(ids.size() == 1 ? "Delete " + ids.get(0) : "Delete " + ids.size() + " layers", g -> without(g, ids));
        } else if (edge != null) {
            apply("Delete connection", g -> g.disconnect(edge.from(), edge.to()));
        }
    }

    public void copy() {
        if (!selection.isEmpty()) {
            clipboard.put(GraphClipboard.fragmentOf(graph.get(), selection), false);
        }
    }

    public void cut() {
        if (!selection.isEmpty()) {
            List<String> ids = List.copyOf(selection);
            clipboard.put(GraphClipboard.fragmentOf(graph.get(), ids), true);
            apply("Cut", g -> without(g, ids));
        }
    }

    /** Pastes the clipboard with fresh ids, offset from the copy, and selects the pasted nodes. */
    public void paste() {
        clipboard.pasteInto(graph.get()).ifPresent(pasted -> {
            apply("Paste", g -> pasted.graph());
            selectOnly(pasted.ids());
        });
    }

    public boolean canPaste() {
        return !clipboard.isEmpty();
    }

    /** Copies the selection next to itself in one step, leaving the clipboard alone. */
    public void duplicate() {
        if (selection.isEmpty()) {
            return;
        }
        ModelGraph fragment = GraphClipboard.fragmentOf(graph.get(), selection);
        GraphClipboard.Pasted pasted = GraphClipboard.paste(graph.get(), fragment, GraphClipboard.OFFSET, GraphClipboard.OFFSET);
        apply("Duplicate", g -> pasted.graph());
        selectOnly(pasted.ids());
    }

    // ---- problems, shapes, saved state -------------------------------------------------------

    /** The validator's problems for the current graph, set by the shell; never null for the views. */
    public ObjectProperty<List<Problem>> problemsProperty() {
        return problems;
    }

    /** Output size and parameter count per node id, set by the shell from shape inference. */
    public ObjectProperty<Map<String, NodeShape>> shapesProperty() {
        return shapes;
    }

    /** True while the graph differs from the one last saved or opened (undoing back to it clears it). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public void markSaved() {
        savedGraph = graph.get();
        dirty.set(false);
    }

    // ---- internals ---------------------------------------------------------------------------

    private void show(ModelGraph newGraph) {
        // Prune the selection first so nobody sees a selected id that the new graph lacks.
        selection.retainAll(idsOf(newGraph));
        if (selectedEdge.get() != null && !newGraph.edges().contains(selectedEdge.get())) {
            selectedEdge.set(null);
        }
        graph.set(newGraph);
        canUndo.set(history.nextUndo().isPresent());
        canRedo.set(history.nextRedo().isPresent());
        undoDescription.set(history.nextUndo().map(s -> "Undo " + s.description()).orElse("Undo"));
        redoDescription.set(history.nextRedo().map(s -> "Redo " + s.description()).orElse("Redo"));
        dirty.set(!newGraph.equals(savedGraph));
    }

    private void selectionChanged(SetChangeListener.Change<? extends String> change) {
        if (change.wasAdded() && selectedEdge.get() != null) {
            selectedEdge.set(null);
        }
        String primary = primarySelection.get();
        if (primary != null && !selection.contains(primary)) {
            String last = null;
            for (String id : selection) {
                last = id;
            }
            primarySelection.set(last);
        } else if (primary == null && !selection.isEmpty()) {
            primarySelection.set(selection.iterator().next());
        }
    }

    private static ModelGraph without(ModelGraph g, Collection<String> ids) {
        ModelGraph result = g;
        for (String id : ids) {
            if (result.node(id).isPresent()) {
                result = result.without(id);
            }
        }
        return result;
    }

    private static Set<String> idsOf(ModelGraph g) {
        Set<String> ids = new LinkedHashSet<>();
        g.nodes().forEach(n -> ids.add(n.id()));
        return ids;
    }

    /** True if following edges from {@code start} arrives at {@code goal}. */
    private static boolean reaches(ModelGraph g, String start, String goal) {
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(goal)) {
                return true;
            }
            if (seen.add(id)) {
                todo.addAll(g.outputsOf(id));
            }
        }
        return false;
    }
}
