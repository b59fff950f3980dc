package org.layerlab.app.inspector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.inspector.LayerSettings.ChoiceSetting;
import org.layerlab.app.inspector.LayerSettings.FlagSetting;
import org.layerlab.app.inspector.LayerSettings.NumberSetting;
import org.layerlab.app.inspector.LayerSettings.Setting;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.ModelSummary;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.NodeShape;
import org.layerlab.engine.graph.Problem;

/**
 * What the inspector shows and changes: the selected node (the editor's primary selection), its
 * problems, and edits that check the allowed range first and then become one undoable step each.
 */
public final class InspectorViewModel {

    private final GraphEditor editor;
    private final ReadOnlyObjectWrapper<Node> node = new ReadOnlyObjectWrapper<>(this, "node");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems", List.of());
    private final ReadOnlyObjectWrapper<NodeShape> shape = new ReadOnlyObjectWrapper<>(this, "shape");
    private final ReadOnlyObjectWrapper<ModelSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");

    public InspectorViewModel(GraphEditor editor) {
        this.editor = editor;
        editor.primarySelectionProperty().addListener((o, a, b) -> refresh());
        editor.graphProperty().addListener((o, a, b) -> refresh());
        editor.problemsProperty().addListener((o, a, b) -> refresh());
        editor.shapesProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The node being edited, or null when nothing is selected. */
    public ReadOnlyObjectProperty<Node> nodeProperty() {
        return node.getReadOnlyProperty();
    }

    /** The validator's problems with the selected node. */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Output size and parameters of the selected node, or null when unknown (not connected). */
    public ReadOnlyObjectProperty<NodeShape> shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** The whole model as Keras' summary() shows it, for when no node is selected. */
    public ReadOnlyObjectProperty<ModelSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The settings of the selected node's kind (empty when nothing is selected). */
    public List<Setting> settings() {
        Node n = node.get();
        return n == null ? List.of() : LayerSettings.forKind(n.kind());
    }

    /**
     * Sets a number, refusing a value outside the setting's range with a message that names the
     * setting, the range and the value; the graph is then unchanged.
     */
    public Optional<String> setNumber(NumberSetting setting, double value) {
        Optional<String> refused = setting.range().refusal(value);
        if (refused.isPresent()) {
            return refused;
        }
        apply(setting, spec -> setting.set().apply(spec, value));
        return Optional.empty();
    }

    public void setChoice(ChoiceSetting setting, Object value) {
        if (!setting.choices().contains(value)) {
            throw new IllegalArgumentException(setting.key() + " cannot be " + value + "; expected one of "
                    + setting.choices());
        }
        apply(setting, spec -> setting.set().apply(spec, value));
    }

    public void setFlag(FlagSetting setting, boolean value) {
        apply(setting, spec -> setting.set().apply(spec, value));
    }

    private void apply(Setting setting, UnaryOperator<LayerSpec> change) {
        Node n = node.get();
        if (n == null) {
            throw new IllegalStateException("no node is selected");
        }
        String id = n.id();
        LayerSpec before = editor.graph().require(id).spec();
        LayerSpec after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        editor.apply("Set " + setting.label().toLowerCase(), g -> g.withSpec(id, change.apply(g.require(id).spec())));
    }

    private void refresh() {
        String id = editor.primarySelectionProperty().get();
        Node n = id == null ? null : editor.graph().node(id).orElse(null);
        problems.set(List.of());
        node.set(n);
        shape.set(n == null || editor.shapesProperty().get() == null ? null : editor.shapesProperty().get().get(n.id()));
        if (n == null) {
            summary.set(ModelSummary.of(editor.graph()));
        }
        problems.set(n == null ? List.of()
                : editor.problemsProperty().get().stream().filter(p -> Objects.equals(p.nodeId(), n.id())).toList());
    }
}
