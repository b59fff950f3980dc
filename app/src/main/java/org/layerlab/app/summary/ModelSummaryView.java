package org.layerlab.app.summary;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.layerlab.app.views.CsvTable;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.ViewFrame;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.ModelSummary;

import java.util.List;

/**
 * The Keras-style summary table (Layer (type), Output Shape, Param #) with the totals, in a
 * monospaced font with thousands separators. It changes with the graph, not with training: the
 * shell calls {@link #setGraph} (or {@link #setSummary}) when the graph changes.
 */
public final class ModelSummaryView extends ViewFrame {

    private final GridPane grid = new GridPane();
    private final Label totals = new Label();
    private final Label incomplete = new Label("Some layers are not connected: their shapes and parameters are unknown (?)"
            + " and left out of the totals.");
    private static final ModelSummary EMPTY = new ModelSummary(List.of(), 0, 0, true);

    private ModelSummary table = EMPTY;

    public ModelSummaryView() {
        super("Model summary", "model-summary");
        grid.setHgap(36);
        grid.setVgap(4);
        ColumnConstraints layer = new ColumnConstraints();
        ColumnConstraints shape = new ColumnConstraints();
        ColumnConstraints params = new ColumnConstraints();
        params.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(layer, shape, params);
        totals.getStyleClass().add("summary-cell");
        incomplete.getStyleClass().add("view-warning");
        incomplete.setWrapText(true);
        VBox card = new VBox(10, grid, totals, incomplete);
        card.setPadding(new Insets(16, 20, 16, 20));
        card.setStyle("-fx-background-color: white;");
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        render();
    }

    /** Shows the summary of the graph as it is now (valid or not: unknown shapes show as "?"). */
    public void setGraph(ModelGraph graph) {
        setSummary(ModelSummary.of(graph));
    }

    /** Shows a summary (rows and totals). */
    public void setSummary(ModelSummary summary) {
        this.table = summary == null ? EMPTY : summary;
        render();
    }

    public ModelSummary summary() {
        return table;
    }

    @Override
    public CsvTable toCsv() {
        return SummaryFormat.toCsv(table);
    }

    private void render() {
        grid.getChildren().clear();
        int r = 0;
        grid.add(cell("Layer (type)", true), 0, r);
        grid.add(cell("Output Shape", true), 1, r);
        grid.add(cell("Param #", true), 2, r);
        r++;
        grid.add(rule(true), 0, r, 3, 1);
        r++;
        if (table.rows().isEmpty()) {
            grid.add(cell("(no layers yet)", false), 0, r);
            r++;
        }
        for (ModelSummary.Row row : table.rows()) {
            grid.add(cell(row.layer(), false), 0, r);
            grid.add(cell(row.outputShape(), false), 1, r);
            grid.add(cell(SummaryFormat.parameters(row), false), 2, r);
            r++;
        }
        grid.add(rule(true), 0, r, 3, 1);
        totals.setText("Total params: " + Numbers.count(table.totalParameters()) + "\n"
                + "Trainable params: " + Numbers.count(table.trainableParameters()) + "\n"
                + "Non-trainable params: " + Numbers.count(table.nonTrainableParameters()));
        incomplete.setVisible(!table.complete());
        incomplete.setManaged(!table.complete());
    }

    private static Label cell(String text, boolean header) {
        Label label = new Label(text);
        label.getStyleClass().add(header ? "summary-header" : "summary-cell");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A horizontal line across the table, heavy like Keras' "=====" lines. */
    private static Region rule(boolean heavy) {
        Region line = new Region();
        line.setMinHeight(heavy ? 2 : 1);
        line.setPrefHeight(heavy ? 2 : 1);
        line.setMaxWidth(Double.MAX_VALUE);
        line.setStyle("-fx-background-color: #1a1a1a;");
        GridPane.setMargin(line, new Insets(2, 0, 2, 0));
        return line;
    }
}
