package org.layerlab.app.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.layerlab.app.compare.CurveSeries;
import org.layerlab.app.compare.RunFeed;
import org.layerlab.app.compare.TeachStage;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.engine.data.KFold;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.ValidationPlan;
import org.layerlab.engine.train.EpochMetrics;

/**
 * The Validation window: holdout, K-fold or iterated K-fold of the studio's project, trained in the
 * background, with one validation-loss curve per fold, a row per finished fold, the mean ± standard
 * deviation, and the final model's test figures.
 */
public final class ValidationWindow {

    private final ValidationViewModel model;
    private final Stage stage;
    private final PlotCanvas loss = chart("Validation loss per fold", "loss", "validationLossChart");
    private final PlotCanvas accuracy = chart("Validation accuracy per fold", "accuracy", "validationAccuracyChart");
    private final TableView<ValidationViewModel.FoldRow> table = new TableView<>();

    public ValidationWindow(Window owner, ValidationViewModel model, List<String> stylesheets) {
        this.model = model;
        accuracy.setYRange(0, 1);
        accuracy.setFormats(Numbers::compact, Numbers::percent);

        Label base = new Label();
        base.getStyleClass().add("teach-subheading");
        base.textProperty().bind(Bindings.createStringBinding(() -> describe(model.baseProperty().get()),
                model.baseProperty()));
        Label hint = new Label("Holdout trains one model on the project's own split. K-fold keeps the test split "
                + "aside, cuts the rest into K folds and trains K fresh models, each validated on a different fold; "
                + "iterated K-fold repeats that P times with new shuffles (P x K models). The score is the mean ± "
                + "standard deviation; then one final model is trained on all non-test data and tested.");
        hint.getStyleClass().add("teach-text");
        hint.setWrapText(true);

        ChoiceBox<ValidationPlan.Method> method = new ChoiceBox<>(FXCollections.observableArrayList(
                ValidationPlan.Method.values()));
        method.setId("validationMethod");
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(ValidationPlan.Method m) {
                return m == null ? "" : label(m);
            }

            @Override
            public ValidationPlan.Method fromString(String s) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(model.methodProperty());
        Spinner<Integer> k = new Spinner<>(KFold.MIN_FOLDS, KFold.MAX_FOLDS, model.foldsProperty().get());
        k.setId("validationFolds");
        k.setEditable(true);
        k.setPrefWidth(80);
        k.valueProperty().addListener((o, was, now) -> model.foldsProperty().set(now));
        model.foldsProperty().addListener((o, was, now) -> k.getValueFactory().setValue(now.intValue()));
        Spinner<Integer> p = new Spinner<>(1, KFold.MAX_REPETITIONS, model.repetitionsProperty().get());
        p.setId("validationRepetitions");
        p.setEditable(true);
        p.setPrefWidth(80);
        p.valueProperty().addListener((o, was, now) -> model.repetitionsProperty().set(now));
        model.repetitionsProperty().addListener((o, was, now) -> p.getValueFactory().setValue(now.intValue()));
        k.disableProperty().bind(model.methodProperty().isEqualTo(ValidationPlan.Method.HOLDOUT));
        p.disableProperty().bind(model.methodProperty().isNotEqualTo(ValidationPlan.Method.ITERATED_K_FOLD));
        HBox planRow = new HBox(8, new Label("Method"), method, new Label("K (folds)"), k,
                new Label("P (rounds)"), p);
        planRow.setAlignment(Pos.CENTER_LEFT);

        Button run = new Button("Run validation");
        run.setId("validationRun");
        run.getStyleClass().add("accent");
        run.disableProperty().bind(model.job().runningProperty());
        run.setOnAction(e -> model.run());
        Button stop = new Button("Stop");
        stop.setId("validationStop");
        stop.disableProperty().bind(model.job().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        Label status = new Label();
        status.setId("validationStatus");
        status.getStyleClass().add("teach-status");
        status.textProperty().bind(model.job().statusProperty());
        HBox runRow = new HBox(8, run, stop, status);
        runRow.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("validationError");
        error.getStyleClass().add("teach-error");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        loss.setMinWidth(0);
        accuracy.setMinWidth(0);
        loss.setPrefWidth(0);
        accuracy.setPrefWidth(0);
        HBox charts = new HBox(10, loss, accuracy);
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(accuracy, Priority.ALWAYS);
        loss.setPrefHeight(320);
        accuracy.setPrefHeight(320);
        VBox.setVgrow(charts, Priority.ALWAYS);

        Label spread = new Label();
        spread.setId("validationSpread");
        spread.getStyleClass().add("teach-subheading");
        spread.textProperty().bind(model.spreadProperty());
        Label finalModel = new Label();
        finalModel.setId("validationFinal");
        finalModel.getStyleClass().add("teach-subheading");
        finalModel.setWrapText(true);
        finalModel.textProperty().bind(model.finalModelProperty());
        buildTable();

        VBox content = new VBox(10, base, hint, planRow, runRow, error, charts, spread, finalModel, table);
        content.getStyleClass().add("teach-window");
        content.setPadding(new Insets(12));
        content.setId("validationRoot");
        stage = TeachStage.create(owner, "Validation: holdout and K-fold", content, 1200, 860, stylesheets,
                model::stop);

        model.foldSeriesProperty().addListener((o, was, now) -> showCurves(now));
        showCurves(model.foldSeriesProperty().get());
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void showCurves(List<RunFeed.RunProgress> runs) {
        loss.setSeries(lines(runs, EpochMetrics::validationLoss));
        accuracy.setSeries(lines(runs, EpochMetrics::validationAccuracy));
        loss.flush();
        accuracy.flush();
    }

    /** One validation line per fold, in the fold's colour (the same colour in both charts). */
    private static List<PlotSeries> lines(List<RunFeed.RunProgress> runs, ToDoubleFunction<EpochMetrics> figure) {
        List<PlotSeries> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            List<EpochMetrics> series = runs.get(i).series();
            double[] x = new double[series.size()];
            double[] y = new double[series.size()];
            for (int j = 0; j < x.length; j++) {
                x[j] = series.get(j).epoch();
                y[j] = figure.applyAsDouble(series.get(j));
            }
            out.add(new PlotSeries(runs.get(i).name(), CurveSeries.colour(i), false, x, y, x.length));
        }
        return out;
    }

    private void buildTable() {
        table.setId("validationTable");
        table.setItems(model.rows());
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("One row per fold appears as each one finishes"));
        table.getColumns().add(column("Fold", ValidationViewModel.FoldRow::name));
        table.getColumns().add(column("Epochs", r -> Integer.toString(r.epochs())));
        table.getColumns().add(column("Final val. loss", r -> Numbers.compact(r.validationLoss())));
        table.getColumns().add(column("Final val. acc.", r -> Numbers.percent(r.validationAccuracy())));
        table.getColumns().add(column("Final train loss", r -> Numbers.compact(r.trainLoss())));
    }

    private static TableColumn<ValidationViewModel.FoldRow, String> column(
            String title, Function<ValidationViewModel.FoldRow, String> value) {
        TableColumn<ValidationViewModel.FoldRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    static String label(ValidationPlan.Method m) {
        return switch (m) {
            case HOLDOUT -> "Holdout (one split)";
            case K_FOLD -> "K-fold";
            case ITERATED_K_FOLD -> "Iterated K-fold (P x K)";
        };
    }

    private static PlotCanvas chart(String title, String yLabel, String id) {
        PlotCanvas c = new PlotCanvas();
        c.setId(id);
        c.setTitle(title);
        c.setAxisLabels("epoch", yLabel);
        c.setIntegerX(true, 1);
        c.setLegendShown(true);
        c.setEmptyMessage("Press Run validation");
        return c;
    }

    private static String describe(Project p) {
        return p == null ? "" : "Project: " + p.name() + " · " + p.dataset().kind().key() + " · "
                + p.dataset().samples() + " samples · " + p.training().epochs() + " epochs · seed "
                + p.training().seed();
    }
}
