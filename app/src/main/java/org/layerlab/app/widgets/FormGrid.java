package org.layerlab.app.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A two-column form: a label (with an explaining tooltip) on the left, its editor on the right.
 * Rows can be hidden (settings that do not apply to the current choice) without leaving a gap.
 */
public final class FormGrid extends GridPane {

    /** One row of the form; hiding it closes the gap it leaves. */
    public final class Row {
        private final Label label;
        private final Node editor;
        private boolean shown = true;

        private Row(Label label, Node editor) {
            this.label = label;
            this.editor = editor;
        }

        public void setShown(boolean show) {
            if (show != shown) {
                shown = show;
                relayout();
            }
        }

        public boolean isShown() {
            return shown;
        }

        /** The row's label, or null for a wide row. */
        public Label label() {
            return label;
        }
    }

    private final List<Row> rows = new ArrayList<>();

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

    /** Adds a row; {@code help} (may be null) becomes the label's tooltip. */
    public Row add(String label, String help, Node editor) {
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
        return append(new Row(l, editor));
    }

    /** Adds a node across both columns (a heading, a note). */
    public Row addWide(Node node) {
        return append(new Row(null, node));
    }

    public void clearRows() {
        rows.clear();
        relayout();
    }

    private Row append(Row row) {
        rows.add(row);
        relayout();
        return row;
    }

    private void relayout() {
        getChildren().clear();
        int index = 0;
        for (Row r : rows) {
            if (!r.shown) {
                continue;
            }
            if (r.label == null) {
                add(r.editor, 0, index, 2, 1);
            } else {
                add(r.label, 0, index);
                add(r.editor, 1, index);
            }
            index++;
        }
    }
}
