package org.layerlab.app.sweep;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.layerlab.app.compare.TeachStage;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.Palette;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.SweepParameter;
import org.layerlab.engine.teach.SweepPoint;

/**
 * The Sweep window: one hyperparameter over a list of values, trained in the background, with the
 * final and best validation loss and accuracy plotted against the value, the best value marked, and
 * a table of the figures.
 */
public final class SweepWindow {

    private final SweepViewModel model;
    private final Stage stage;
    private final SweepChart loss = new SweepChart();
    private final SweepChart accuracy = new SweepChart();
    private final TableView<SweepPoint> table = new TableView<>();

    public SweepWindow(Window owner, SweepViewModel model, List<String> stylesheets) {
        this.model = model;
        loss.setId("sweepLossChart");
        accuracy.setId("sweepAccuracyChart");
        accuracy.setYRange(0, 1, Numbers::percent);

        Label base = new Label();
        base.getStyleClass().add("teach-subheading");
        base.textProperty().bind(Bindings.createStringBinding(() -> describe(model.baseProperty().get()),
                model.baseProperty()));
        Label hint = new Label("Each value trains the same network from the same seed on the same data; only the "
                + "swept setting changes. The best value has the lowest validation loss at the last epoch.");
        hint.getStyleClass().add("teach-text");

        ChoiceBox<SweepParameter> parameter = new ChoiceBox<>(FXCollections.observableArrayList(
                SweepViewModel.OFFERED));
        parameter.setId("sweepParameter");
        parameter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepParameter p) {
                return p == null ? "" : p.axisLabel();
            }

            @Override
            public SweepParameter fromString(String s) {
                return null;
            }
        });
        parameter.valueProperty().bindBidirectional(model.parameterProperty());
        ComboBox<String> node = new ComboBox<>();
        node.setId("sweepNode");
        Runnable fillNodes = () -> node.getItems().setAll(model.layersFor(model.parameterProperty().get()));
        model.parameterProperty().addListener((o, was, now) -> fillNodes.run());
        model.baseProperty().addListener((o, was, now) -> fillNodes.run());
        fillNodes.run();
        node.valueProperty().bindBidirectional(model.nodeProperty());
        TextField values = new TextField();
        values.setId("sweepValues");
        values.textProperty().bindBidirectional(model.valuesProperty());
        HBox.setHgrow(values, Priority.ALWAYS);
        Button preset = new Button("Preset values");
        preset.setId("sweepPreset");
        preset.setOnAction(e -> model.valuesProperty().set(SweepViewModel.format(
                SweepViewModel.preset(model.parameterProperty().get()))));
        HBox specRow = new HBox(8, new Label("Sweep"), parameter, new Label("on"), node, new Label("values"), values,
                preset);
        specRow.setAlignment(Pos.CENTER_LEFT);

        Button run = new Button("Run sweep");
        run.setId("sweepRun");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.job().runningProperty());
        run.setOnAction(e -> model.run());
        Button stop = new Button("Stop");
        stop.setId("sweepStop");
        stop.disableProperty().bind(model.job().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Label status = new Label();
        status.setId("sweepStatus");
        status.getStyleClass().add("teach-status");
        status.textProperty().bind(model.job().statusProperty());
        HBox runRow = new HBox(8, run, stop, status);
        runRow.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("sweepError");
        error.getStyleClass().add("teach-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        HBox charts = new HBox(10, loss, accuracy);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        loss.setPrefHeight(340);
        accuracy.setPrefHeight(340);
        VBox.setVgrow(charts, Priority.ALWAYS);
        buildTable();

        VBox content = new VBox(10, base, hint, specRow, runRow, error, charts, table);
        content.getStyleClass().add("teach-window");
        content.setPadding(new Insets(12));
        content.setId("sweepRoot");
        stage = TeachStage.create(owner, "Sweep a hyperparameter", content, 1200, 820, stylesheets, model::stop);

        model.points().addListener((ListChangeListener<SweepPoint>) c -> refresh());
        model.bestIndexProperty().addListener((o, was, now) -> refresh());
        model.parameterProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void refresh() {
        List<SweepPoint> points = model.points();
        double[] values = points.stream().mapToDouble(SweepPoint::value).toArray();
        String axis = model.parameterProperty().get().axisLabel() + (model.logScale() ? " (log scale)" : "");
        int best = model.bestIndexProperty().get();
        String bestLabel = best < 0 ? "" : org.layerlab.engine.graph.Format.decimal(points.get(best).value());
        loss.setTitle("Validation loss", axis, "loss");
        accuracy.setTitle("Validation accuracy", axis, "accuracy");
        loss.setData(values, model.logScale(), List.of(
                line("at the last epoch", Palette.VALIDATION, false, points, SweepPoint::finalValidationLoss),
                line("lowest of any epoch", Palette.BLUE, true, points, SweepPoint::bestValidationLoss)),
                best, bestLabel);
        accuracy.setData(values, model.logScale(), List.of(
                line("at the last epoch", Palette.VALIDATION, false, points, SweepPoint::finalValidationAccuracy),
                line("highest of any epoch", Palette.BLUE, true, points, SweepPoint::bestValidationAccuracy)),
                best, bestLabel);
        table.getItems().setAll(points);
        table.refresh();
    }

    private static SweepChart.Line line(String name, javafx.scene.paint.Color colour, boolean dashed,
                                        List<SweepPoint> points, ToDoubleFunction<SweepPoint> figure) {
        return new SweepChart.Line(name, colour, dashed, points.stream().mapToDouble(figure).toArray());
    }

    private void buildTable() {
        table.setId("sweepTable");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("One row per value appears as each one finishes"));
        table.getColumns().add(column("Value", p -> p.label() + (isBest(p) ? "   ◀ best" : "")));
        table.getColumns().add(column("Final val. loss", p -> Numbers.compact(p.finalValidationLoss())));
        table.getColumns().add(column("Best val. loss", p -> Numbers.compact(p.bestValidationLoss())));
        table.getColumns().add(column("Final val. acc.", p -> Numbers.percent(p.finalValidationAccuracy())));
        table.getColumns().add(column("Best val. acc.", p -> Numbers.percent(p.bestValidationAccuracy())));
        table.getColumns().add(column("Final train loss", p -> Numbers.compact(p.finalTrainLoss())));
        table.getColumns().add(column("Final train acc.", p -> Numbers.percent(p.finalTrainAccuracy())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SweepPoint p, boolean empty) {
                super.updateItem(p, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("best"), !empty && p != null
                        && isBest(p));
            }
        });
    }

    private boolean isBest(SweepPoint p) {
        int best = model.bestIndexProperty().get();
        return best >= 0 && best < model.points().size() && model.points().get(best) == p;
    }

    private static TableColumn<SweepPoint, String> column(String title, Function<SweepPoint, String> value) {
        TableColumn<SweepPoint, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String describe(Project p) {
        return p == null ? "" : "Project: " + p.name() + " · " + p.dataset().kind().key() + " · "
                + p.training().epochs() + " epochs · seed " + p.training().seed();
    }
}
