package org.layerlab.app.explorers;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layerlab.app.compare.TeachStage;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.teach.BiasVariance;
import org.layerlab.engine.teach.ScheduleTable;

/**
 * The explorers window: activation functions (f, f' and f∘f∘f), learning-rate schedules as the
 * notes tabulate them, the bias/variance diagnosis and MNIST augmentation, each on its own tab.
 */
public final class ExplorersWindow {

    /** Where the schedule of the studio's project comes from (training settings and example count). */
    public interface ProjectSchedule {
        void showIn(ExplorersViewModel model);
    }

    private final ExplorersViewModel model;
    private final Stage stage;
    private final TabPane tabs = new TabPane();

    public ExplorersWindow(Window owner, ExplorersViewModel model, ProjectSchedule project, List<String> stylesheets) {
        this(owner, model, project, null, stylesheets);
    }

    /**
     * @param augmentation the Augmentation tab's state, or null to leave the tab out
     */
    public ExplorersWindow(Window owner, ExplorersViewModel model, ProjectSchedule project,
                           AugmentationViewModel augmentation, List<String> stylesheets) {
        this.model = model;
        tabs.setId("explorerTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(activationTab(), scheduleTab(project), biasVarianceTab());
        if (augmentation != null) {
            tabs.getTabs().add(AugmentationTab.create(augmentation));
        }
        stage = TeachStage.create(owner, "Explorers", tabs, 1100, 760, stylesheets, () -> { });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private Tab activationTab() {
        PlotCanvas plot = new PlotCanvas();
        plot.setId("activationPlot");
        plot.setAxisLabels("x", "y");
        ChoiceBox<Activation> f = new ChoiceBox<>(FXCollections.observableArrayList(Activation.values()));
        f.setId("activationChoice");
        f.valueProperty().bindBidirectional(model.activationProperty());
        Spinner<Integer> times = new Spinner<>(1, 10, model.compositionsProperty().get());
        times.setId("compositionSpinner");
        times.valueProperty().addListener((o, was, now) -> model.compositionsProperty().set(now));
        Runnable redraw = () -> {
            plot.setTitle(model.activationProperty().get().key() + ": the function, its slope, and applied "
                    + model.compositionsProperty().get() + " times");
            plot.setSeries(model.activationSeries());
            plot.flush();
        };
        model.activationProperty().addListener((o, was, now) -> redraw.run());
        model.compositionsProperty().addListener((o, was, now) -> redraw.run());
        redraw.run();
        Label note = new Label("Stacking layers composes their activations. Sigmoid squashes: f(f(f(x))) is almost "
                + "flat, and its slope f'(x) never exceeds 0.25, so gradients shrink layer by layer (vanishing "
                + "gradients). ReLU is idempotent: relu(relu(x)) = relu(x), and its slope is 1 wherever it is active.");
        note.getStyleClass().add("teach-text");
        HBox controls = new HBox(8, new Label("Activation"), f, new Label("applied"), times, new Label("times"));
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox box = box(controls, note, plot);
        VBox.setVgrow(plot, Priority.ALWAYS);
        return tab("Activations", "activationTab", box);
    }

    private Tab scheduleTab(ProjectSchedule project) {
        Label title = new Label();
        title.setId("scheduleTitle");
        title.getStyleClass().add("teach-subheading");
        title.setWrapText(true);
        title.textProperty().bind(model.scheduleTitleProperty());
        Button notes = new Button("The notes' example");
        notes.setId("scheduleNotes");
        notes.setOnAction(e -> model.showNotesSchedule());
        Button mine = new Button("The studio's project");
        mine.setId("scheduleProject");
        mine.setOnAction(e -> project.showIn(model));
        PlotCanvas plot = new PlotCanvas();
        plot.setId("schedulePlot");
        plot.setTitle("Learning rate at the start of each epoch");
        plot.setAxisLabels("epoch", "learning rate");
        plot.setIntegerX(true, 1);
        plot.setLegendShown(false);
        TableView<ScheduleTable.Row> table = new TableView<>();
        table.setId("scheduleTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Epoch", r -> Integer.toString(r.epoch())));
        table.getColumns().add(column("Minibatches so far", r -> Long.toString(r.iteration())));
        table.getColumns().add(column("Learning rate", r -> String.format(Locale.ROOT, "%.5f", r.learningRate())));
        Runnable show = () -> {
            ScheduleTable t = model.scheduleProperty().get();
            table.getItems().setAll(t.rows());
            double[] x = t.rows().stream().mapToDouble(ScheduleTable.Row::epoch).toArray();
            double[] y = t.rows().stream().mapToDouble(ScheduleTable.Row::learningRate).toArray();
            plot.setSeries(List.of(org.layerlab.app.views.PlotSeries.of("learning rate",
                    org.layerlab.app.views.Palette.BLUE, x, y)));
            plot.flush();
        };
        model.scheduleProperty().addListener((o, was, now) -> show.run());
        show.run();
        Label error = new Label();
        error.getStyleClass().add("teach-error");
        error.textProperty().bind(model.errorProperty());
        HBox buttons = new HBox(8, notes, mine, error);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox body = new HBox(10, table, plot);
        table.setPrefWidth(420);
        HBox.setHgrow(plot, Priority.ALWAYS);
        VBox box = box(buttons, title, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        return tab("Learning-rate schedule", "scheduleTab", box);
    }

    private Tab biasVarianceTab() {
        TextField train = field("biasTrainError", "1");
        TextField validation = field("biasValidationError", "11");
        TextField human = field("biasHumanError", "");
        human.setPromptText("unknown");
        Button diagnose = new Button("Diagnose");
        diagnose.setId("biasDiagnose");
        diagnose.getStyleClass().add("accent");
        diagnose.setOnAction(e -> model.diagnose(train.getText(), validation.getText(), human.getText()));
        HBox inputs = new HBox(8, new Label("Training error %"), train, new Label("Validation error %"), validation,
                new Label("Human-level error %"), human, diagnose);
        inputs.setAlignment(Pos.CENTER_LEFT);
        Label verdict = new Label();
        verdict.setId("biasVerdict");
        verdict.getStyleClass().add("teach-heading");
        Label explanation = new Label();
        explanation.getStyleClass().add("teach-text");
        Label recipe = new Label();
        recipe.setId("biasRecipe");
        recipe.getStyleClass().add("teach-text");
        Label error = new Label();
        error.getStyleClass().add("teach-error");
        error.textProperty().bind(model.errorProperty());
        model.diagnosisProperty().addListener((o, was, d) -> {
            verdict.setText(d == null ? "" : "Verdict: " + d.verdict().text());
            explanation.setText(d == null ? "" : d.explanation());
            recipe.setText(d == null ? "" : "What to try (the lecture's recipe):\n• " + String.join("\n• ", d.recipe()));
        });
        TableView<BiasVariance.Example> notes = new TableView<>(FXCollections.observableArrayList(
                BiasVariance.notesTable()));
        notes.setId("biasNotesTable");
        notes.setPrefHeight(240);
        notes.setMinHeight(240);
        notes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        notes.getColumns().add(exampleColumn("Training error", e -> pct(e.trainError())));
        notes.getColumns().add(exampleColumn("Validation error", e -> pct(e.validationError())));
        notes.getColumns().add(exampleColumn("The notes' verdict (human error ≈ 0 %)", e -> e.notesVerdict().text()));
        notes.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> {
            if (e != null) {
                train.setText(pct(e.trainError()).replace(" %", ""));
                validation.setText(pct(e.validationError()).replace(" %", ""));
                human.setText("0");
                model.diagnose(train.getText(), validation.getText(), human.getText());
            }
        });
        Label notesTitle = new Label("The notes' example (cat classifier): click a row to diagnose it");
        notesTitle.getStyleClass().add("teach-subheading");
        model.diagnose(train.getText(), validation.getText(), human.getText());
        VBox box = box(inputs, error, verdict, explanation, recipe, notesTitle, notes);
        return tab("Bias / variance", "biasTab", box);
    }

    private static String pct(double fraction) {
        String s = String.format(Locale.ROOT, "%.2f", fraction * 100).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + " %";
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(5);
        return f;
    }

    private static VBox box(javafx.scene.Node... children) {
        VBox box = new VBox(10, children);
        box.getStyleClass().add("teach-window");
        box.setPadding(new Insets(14));
        for (javafx.scene.Node n : children) {
            if (n instanceof Label l) {
                l.setWrapText(true);
            }
        }
        return box;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    private static TableColumn<ScheduleTable.Row, String> column(String title, Function<ScheduleTable.Row, String> f) {
        TableColumn<ScheduleTable.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(f.apply(r.getValue())));
        c.setSortable(false);
        return c;
    }

    private static TableColumn<BiasVariance.Example, String> exampleColumn(String title,
                                                                          Function<BiasVariance.Example, String> f) {
        TableColumn<BiasVariance.Example, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(f.apply(r.getValue())));
        c.setSortable(false);
        return c;
    }
}
