package org.layerlab.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layerlab.app.boundary.DecisionBoundaryView;
import org.layerlab.app.views.LiveScrollPane;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.ComparisonResult;
import org.layerlab.engine.teach.RunResult;
import org.layerlab.engine.teach.VariantResult;

/**
 * The Compare runs window: variants of the studio's project listed with their differences, trained
 * one after the other, with overlaid loss and accuracy curves, boundaries side by side and a table
 * of final figures.
 */
public final class CompareWindow {

    private final CompareViewModel model;
    private final Stage stage;
    private final PlotCanvas loss = chart("Loss (lower is better)", "loss", "compareLossChart");
    private final PlotCanvas accuracy = chart("Accuracy", "accuracy", "compareAccuracyChart");
    private final FlowPane legend = new FlowPane(18, 6);
    private final HBox boundaries = new HBox(10);
    private final List<DecisionBoundaryView> boundaryViews = new ArrayList<>();
    private final TableView<VariantResult> table = new TableView<>();

    public CompareWindow(Window owner, CompareViewModel model, List<String> stylesheets) {
        this.model = model;
        accuracy.setYRange(0, 1);
        accuracy.setFormats(Numbers::compact, Numbers::percent);

        Label base = new Label();
        base.getStyleClass().add("teach-subheading");
        base.textProperty().bind(Bindings.createStringBinding(() -> describe(model.baseProperty().get()),
                model.baseProperty()));
        Label hint = new Label("Every variant trains on the same data with the same seed, one after the other. "
                + "Colour = variant; solid = validation, dashed = training.");
        hint.getStyleClass().add("teach-text");

        ChoiceBox<VariantEdit> kind = new ChoiceBox<>(FXCollections.observableArrayList(VariantEdit.values()));
        kind.setId("compareEditKind");
        ComboBox<String> node = new ComboBox<>();
        node.setId("compareEditNode");
        TextField value = new TextField();
        value.setId("compareEditValue");
        value.setPrefColumnCount(7);
        kind.valueProperty().addListener((o, was, now) -> {
            List<String> nodes = new ArrayList<>(model.denseLayers());
            if (now == VariantEdit.L2) {
                nodes.add(0, VariantEdit.EVERY_LAYER);
            }
            node.getItems().setAll(nodes);
            node.setDisable(!now.needsNode());
            if (now.needsNode() && !nodes.isEmpty()) {
                node.setValue(nodes.get(0));
            }
            value.setText(now.example());
        });
        kind.setValue(VariantEdit.ADD_DROPOUT);
        Button add = new Button("Add variant");
        add.setId("compareAddVariant");
        add.setOnAction(e -> model.addVariant(kind.getValue(), node.getValue(), value.getText()));
        HBox editRow = new HBox(8, new Label("New variant:"), kind, node, value, add);
        editRow.setAlignment(Pos.CENTER_LEFT);

        ListView<CompareViewModel.VariantRow> variants = new ListView<>(model.variants());
        variants.setId("compareVariants");
        variants.setPrefHeight(130);
        variants.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CompareViewModel.VariantRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.describe());
                setGraphic(empty || row == null ? null : swatch(getIndex()));
            }
        });
        Button remove = new Button("Remove variant");
        remove.setId("compareRemoveVariant");
        remove.disableProperty().bind(variants.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeVariant(variants.getSelectionModel().getSelectedItem()));
        Button run = new Button("Run comparison");
        run.setId("compareRun");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.job().runningProperty().or(Bindings.isEmpty(model.variants())));
        run.setOnAction(e -> model.run());
        Button stop = new Button("Stop");
        stop.setId("compareStop");
        stop.disableProperty().bind(model.job().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Label status = new Label();
        status.setId("compareStatus");
        status.getStyleClass().add("teach-status");
        status.textProperty().bind(model.job().statusProperty());
        HBox runRow = new HBox(8, run, stop, remove, status);
        runRow.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("compareError");
        error.getStyleClass().add("teach-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        legend.setId("compareLegend");
        loss.setMinWidth(0);
        accuracy.setMinWidth(0);
        loss.setPrefWidth(0);
        accuracy.setPrefWidth(0);
        HBox charts = new HBox(10, loss, accuracy);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        loss.setPrefHeight(300);
        accuracy.setPrefHeight(300);
        boundaries.setId("compareBoundaries");
        buildTable();

        VBox content = new VBox(10, base, hint, editRow, variants, runRow, error, legend, charts, boundaries, table);
        content.getStyleClass().add("teach-window");
        content.setPadding(new Insets(12));
        ScrollPane scroll = new LiveScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("compareRoot");
        stage = TeachStage.create(owner, "Compare runs", scroll, 1240, 860, stylesheets, model::stop);

        model.variants().addListener((javafx.collections.ListChangeListener<CompareViewModel.VariantRow>) c ->
                refreshLegend());
        model.progressProperty().addListener((o, was, now) -> showProgress(now));
        model.pointsProperty().addListener((o, was, now) -> resetBoundaries());
        model.resultProperty().addListener((o, was, now) -> showResult(now));
        refreshLegend();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void refreshLegend() {
        legend.getChildren().clear();
        List<CompareViewModel.VariantRow> rows = model.variants();
        for (int i = 0; i < rows.size(); i++) {
            Label l = new Label(rows.get(i).name(), swatch(i));
            l.getStyleClass().add("teach-subheading");
            legend.getChildren().add(l);
        }
    }

    private void showProgress(RunFeed.Snapshot snapshot) {
        if (snapshot == null) {
            loss.setSeries(List.of());
            accuracy.setSeries(List.of());
            loss.flush();
            accuracy.flush();
            return;
        }
        loss.setSeries(CurveSeries.loss(snapshot.runs()));
        accuracy.setSeries(CurveSeries.accuracy(snapshot.runs()));
        loss.flush();
        accuracy.flush();
        List<RunFeed.RunProgress> runs = snapshot.runs();
        for (int i = 0; i < runs.size() && i < boundaryViews.size(); i++) {
            if (runs.get(i).surface() != null) {
                boundaryViews.get(i).model().setSurface(runs.get(i).surface());
                boundaryViews.get(i).repaintForExport();
            }
        }
    }

    private void resetBoundaries() {
        boundaries.getChildren().clear();
        boundaryViews.clear();
        CompareViewModel.Points points = model.pointsProperty().get();
        if (points == null) {
            return;
        }
        List<CompareViewModel.VariantRow> rows = model.variants();
        for (int i = 0; i < rows.size(); i++) {
            DecisionBoundaryView view = new DecisionBoundaryView();
            view.setPoints(points.xy(), points.labels(), false);
            view.setClassNames(points.classNames());
            view.setPrefSize(300, 300);
            view.setMinHeight(280);
            // Let three or more boundaries share the width instead of pushing the window wider.
            view.setMinWidth(0);
            boundaryViews.add(view);
            Label title = new Label(rows.get(i).name(), swatch(i));
            title.getStyleClass().add("teach-subheading");
            VBox box = new VBox(4, title, view);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            VBox.setVgrow(view, Priority.ALWAYS);
            HBox.setHgrow(box, Priority.ALWAYS);
            boundaries.getChildren().add(box);
        }
    }

    private void showResult(ComparisonResult result) {
        table.getItems().setAll(result == null ? List.of() : result.variants());
    }

    private void buildTable() {
        table.setId("compareTable");
        table.setPrefHeight(190);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Final figures appear here when the comparison finishes"));
        table.getColumns().add(column("Variant", VariantResult::name));
        table.getColumns().add(column("Epochs", v -> Integer.toString(v.run().series().size())));
        table.getColumns().add(column("Train loss", v -> Numbers.compact(v.run().train().loss())));
        table.getColumns().add(column("Val. loss", v -> Numbers.compact(v.run().validation().loss())));
        table.getColumns().add(column("Train acc.", v -> Numbers.percent(v.run().train().accuracy())));
        table.getColumns().add(column("Val. acc.", v -> Numbers.percent(v.run().validation().accuracy())));
        table.getColumns().add(column("Best epoch", v -> Integer.toString(v.run().bestEpoch())));
        table.getColumns().add(column("How it ended", v -> ending(v.run())));
    }

    private static String ending(RunResult r) {
        return switch (r.ending()) {
            case FINISHED -> "trained every epoch";
            case STOPPED_EARLY -> "stopped early";
            case DIVERGED -> "diverged (loss NaN)";
        };
    }

    private static TableColumn<VariantResult, String> column(String title, Function<VariantResult, String> value) {
        TableColumn<VariantResult, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    static Region swatch(int index) {
        Region r = new Region();
        r.getStyleClass().add("legend-swatch");
        // Data-driven colour: the variant's colour in the charts.
        r.setStyle("-fx-background-color: " + web(CurveSeries.colour(index)) + ";");
        return r;
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    private static PlotCanvas chart(String title, String yLabel, String id) {
        PlotCanvas c = new PlotCanvas();
        c.setId(id);
        c.setTitle(title);
        c.setAxisLabels("epoch", yLabel);
        c.setIntegerX(true, 1);
        c.setLegendShown(false);
        c.setEmptyMessage("Press Run comparison");
        return c;
    }

    private static String describe(Project p) {
        if (p == null) {
            return "";
        }
        return "Base project: " + p.name() + " · " + p.dataset().kind().key() + " · " + p.training().epochs()
                + " epochs · seed " + p.training().seed();
    }
}
