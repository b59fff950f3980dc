package org.layerlab.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.layerlab.app.help.Concepts;
import org.layerlab.app.inspector.LayerSettings.ChoiceSetting;
import org.layerlab.app.inspector.LayerSettings.FlagSetting;
import org.layerlab.app.inspector.LayerSettings.NumberSetting;
import org.layerlab.app.inspector.LayerSettings.Setting;
import org.layerlab.app.widgets.FormGrid;
import org.layerlab.app.widgets.NumberField;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.ModelSummary;
import org.layerlab.engine.graph.NodeShape;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.Problem;

/**
 * Shows the selected node's kind, what it does, an editor per setting and the node's problems.
 * Editors are rebuilt when another node is selected and only refreshed when the same node changes
 * (an undo, a dataset fit), so a field being typed into keeps its focus.
 */
public final class InspectorView extends VBox {

    private final InspectorViewModel model;
    private final Label title = new Label();
    private final Label about = new Label();
    private final FormGrid form = new FormGrid();
    private final VBox problemBox = new VBox(4);
    private final Label shape = new Label();
    private final GridPane summary = new GridPane();
    private final List<Runnable> refreshers = new ArrayList<>();
    private String shownId;
    private Object shownKind;

    public InspectorView(InspectorViewModel model) {
        this.model = model;
        setId("inspector");
        getStyleClass().add("inspector");
        setSpacing(10);
        title.getStyleClass().add("panel-title");
        title.setId("inspectorTitle");
        about.getStyleClass().add("concept-text");
        about.setWrapText(true);
        problemBox.getStyleClass().add("node-problems");
        shape.setId("inspectorShape");
        shape.getStyleClass().add("node-shape");
        shape.setWrapText(true);
        summary.setId("modelSummary");
        summary.getStyleClass().add("model-summary");
        summary.setHgap(14);
        summary.setVgap(4);
        // Settings first, where the eye lands after selecting; the explanation follows for whoever wants it.
        getChildren().addAll(title, shape, form, problemBox, about, summary);
        model.nodeProperty().addListener((o, a, b) -> show(b));
        model.shapeProperty().addListener((o, a, b) -> showShape(b));
        model.summaryProperty().addListener((o, a, b) -> showSummary(b));
        model.problemsProperty().addListener((o, a, b) -> showProblems(b));
        show(model.nodeProperty().get());
    }

    private void show(Node node) {
        if (node == null) {
            shownId = null;
            shownKind = null;
            refreshers.clear();
            form.clearRows();
            form.setManaged(false);
            title.setText("Model");
            about.setText("Select a layer on the canvas to see what it does and change its settings.");
            showProblems(List.of());
            showShape(null);
            showSummary(model.summaryProperty().get());
            return;
        }
        showSummary(null);
        showShape(model.shapeProperty().get());
        if (node.id().equals(shownId) && node.kind() == shownKind) {
            refreshers.forEach(Runnable::run);
            return;
        }
        shownId = node.id();
        shownKind = node.kind();
        title.setText(node.kind().displayName() + "  ·  " + node.id());
        about.setText(Concepts.layer(node.kind()));
        form.clearRows();
        form.setManaged(true);
        refreshers.clear();
        List<Setting> settings = model.settings();
        if (settings.isEmpty()) {
            Label none = new Label("No settings to change.");
            none.getStyleClass().add("muted");
            form.addWide(none);
        }
        for (Setting s : settings) {
            form.add(s.label(), s.help(), editorFor(s));
        }
        refreshers.forEach(Runnable::run);
        showProblems(model.problemsProperty().get());
    }

    private javafx.scene.Node editorFor(Setting setting) {
        String id = "inspector-" + setting.key();
        if (setting instanceof NumberSetting s) {
            NumberField field = switch (s.editor()) {
                case SPINNER -> NumberField.spinner(s.range(), s.step());
                case SLIDER -> NumberField.slider(s.range(), s.range().min(), s.sliderMax(), s.step());
                case PLAIN -> NumberField.plain(s.range());
            };
            field.textField().setId(id);
            field.setOnCommit(v -> model.setNumber(s, v));
            refreshers.add(() -> field.setValue(s.get().applyAsDouble(spec())));
            return field;
        }
        if (setting instanceof ChoiceSetting s) {
            ComboBox<Object> box = new ComboBox<>(FXCollections.observableArrayList(s.choices()));
            box.setId(id);
            box.setVisibleRowCount(12);
            refreshers.add(() -> box.setValue(s.get().apply(spec())));
            box.setOnAction(e -> {
                if (box.getValue() != null && !box.getValue().equals(s.get().apply(spec()))) {
                    model.setChoice(s, box.getValue());
                }
            });
            return box;
        }
        FlagSetting s = (FlagSetting) setting;
        CheckBox box = new CheckBox();
        box.setId(id);
        refreshers.add(() -> box.setSelected(s.get().apply(spec())));
        box.setOnAction(e -> model.setFlag(s, box.isSelected()));
        return box;
    }

    private LayerSpec spec() {
        return Optional.ofNullable(model.nodeProperty().get()).map(Node::spec).orElseThrow();
    }

    private void showShape(NodeShape s) {
        shape.setText(s == null ? "" : "Output: " + s.outputSize() + (s.outputSize() == 1 ? " value" : " values")
                + " per example  ·  " + String.format("%,d", s.parameters()) + " parameters");
        shape.setVisible(s != null);
        shape.setManaged(s != null);
    }

    /** The Keras-style summary table, shown while no layer is selected. */
    private void showSummary(ModelSummary s) {
        summary.getChildren().clear();
        boolean visible = s != null && !s.rows().isEmpty();
        summary.setVisible(visible);
        summary.setManaged(visible);
        if (!visible) {
            return;
        }
        String[] header = {"Layer", "Output", "Params"};
        for (int c = 0; c < 3; c++) {
            Label h = new Label(header[c]);
            h.getStyleClass().add("summary-header");
            summary.add(h, c, 0);
        }
        int row = 1;
        for (ModelSummary.Row r : s.rows()) {
            summary.add(new Label(r.layer()), 0, row);
            summary.add(new Label(r.outputShape()), 1, row);
            Label p = new Label(r.outputShape().equals("?") ? "?" : String.format("%,d", r.parameters()));
            p.getStyleClass().add("summary-number");
            GridPane.setHalignment(p, HPos.RIGHT);
            summary.add(p, 2, row++);
        }
        Label total = new Label("Total parameters: " + String.format("%,d", s.totalParameters())
                + (s.nonTrainableParameters() > 0 ? " (" + String.format("%,d", s.nonTrainableParameters())
                + " not trainable)" : ""));
        total.getStyleClass().add("summary-total");
        summary.add(total, 0, row, 3, 1);
    }

    private void showProblems(List<Problem> problems) {
        problemBox.getChildren().clear();
        problemBox.setManaged(!problems.isEmpty());
        for (Problem p : problems) {
            Label l = new Label("⚠ " + p.message());
            l.setWrapText(true);
            l.getStyleClass().add("problem-text");
            problemBox.getChildren().add(l);
        }
    }
}
