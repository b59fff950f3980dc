package org.layerlab.app.widgets;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/** A two-column form: a label (with an explaining tooltip) on the left, its editor on the right. */
public final class FormGrid extends GridPane {

    private int row;

    public FormGrid() {
        getStyleClass().add("form-grid");
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(112);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        getColumnConstraints().addAll(labels, editors);
    }

    /** Adds a row; {@code help} (may be null) becomes the label's tooltip. Returns the label. */
    public Label add(String label, String help, Node editor) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(editor);
        if (help != null) {
            Tooltip tip = new Tooltip(help);
            tip.setWrapText(true);
            tip.setMaxWidth(380);
            tip.setShowDelay(Duration.millis(300));
            l.setTooltip(tip);
        }
        GridPane.setValignment(l, VPos.TOP);
        add(l, 0, row);
        add(editor, 1, row);
        row++;
        return l;
    }

    /** Adds a node across both columns (a heading, a note). */
    public void addWide(Node node) {
        add(node, 0, row, 2, 1);
        row++;
    }

    public void clearRows() {
        getChildren().clear();
        row = 0;
    }
}
