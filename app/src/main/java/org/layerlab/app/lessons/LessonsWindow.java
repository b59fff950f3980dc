package org.layerlab.app.lessons;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layerlab.app.compare.TeachStage;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.lesson.CheckOutcome;
import org.layerlab.engine.teach.lesson.Experiment;
import org.layerlab.engine.teach.lesson.Lesson;

/**
 * The lesson browser: the lessons of the lecture notes on the left; on the right what the selected one
 * teaches, the question for the class and what to look at, with buttons to open it in the studio, run
 * its comparison or sweep, and run its automated check.
 */
public final class LessonsWindow {

    /** What the browser asks the studio to do. */
    public interface Actions {
        /** Loads the project into the main window (asking about unsaved changes first). */
        void openInStudio(Project project);

        /** Opens the Compare window preset with the lesson's variants. */
        void compare(Project base, List<Experiment.VariantSpec> variants);

        /** Opens the Sweep window preset with the lesson's sweep. */
        void sweep(Project base, Experiment.SweepRun sweep);
    }

    private final LessonsViewModel model;
    private final Stage stage;

    public LessonsWindow(Window owner, LessonsViewModel model, Actions actions, List<String> stylesheets) {
        this.model = model;
        ListView<Lesson> list = new ListView<>(model.lessons());
        list.setId("lessonList");
        list.setPrefWidth(360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.title() + (l.term().isEmpty() ? "" : "\n[" + l.term() + "]"));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });

        Label title = text("lessonTitle", "teach-heading");
        Label term = text("lessonTerm", "teach-subheading");
        Label experiment = text("lessonExperiment", "teach-status");
        Label explanation = text("lessonExplanation", "teach-text");
        Label question = text("lessonQuestion", "teach-question");
        Label lookAt = text("lessonLookAt", "teach-text");
        model.selectedProperty().addListener((o, was, l) -> {
            title.setText(l == null ? "" : l.title());
            term.setText(l == null || l.term().isEmpty() ? "" : "In the notes: " + l.term());
            experiment.setText(l == null ? "" : LessonsViewModel.describe(l.experiment())
                    + (l.views().isEmpty() ? "" : " · views: " + String.join(", ", l.views())));
            explanation.setText(l == null ? "" : l.explanation());
            question.setText(l == null ? "" : l.question());
            lookAt.setText(l == null ? "" : l.lookAt());
        });

        Button open = new Button("Open in studio");
        open.setId("lessonOpen");
        open.setOnAction(e -> actions.openInStudio(model.selectedProperty().get().project()));
        Button compare = new Button("Run comparison…");
        compare.setId("lessonCompare");
        compare.setOnAction(e -> {
            Lesson l = model.selectedProperty().get();
            actions.compare(l.project(), ((Experiment.Compare) l.experiment()).variants());
        });
        Button sweep = new Button("Run sweep…");
        sweep.setId("lessonSweep");
        sweep.setOnAction(e -> {
            Lesson l = model.selectedProperty().get();
            actions.sweep(l.project(), (Experiment.SweepRun) l.experiment());
        });
        Button check = new Button("Run check");
        check.setId("lessonRunCheck");
        check.getStyleClass().add("accent");
        check.disableProperty().bind(model.job().runningProperty().or(model.selectedProperty().isNull()));
        check.setOnAction(e -> model.runCheck());
        Button stop = new Button("Stop");
        stop.setId("lessonStop");
        stop.disableProperty().bind(model.job().runningProperty().not());
        stop.setOnAction(e -> model.stop());
        open.disableProperty().bind(model.selectedProperty().isNull());
        bindKind(compare, Experiment.Compare.class);
        bindKind(sweep, Experiment.SweepRun.class);
        HBox buttons = new HBox(8, open, compare, sweep, check, stop);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("lessonStatus");
        status.getStyleClass().add("teach-status");
        status.textProperty().bind(model.job().statusProperty());
        Label verdict = text("lessonVerdict", "teach-subheading");
        verdict.textProperty().bind(model.verdictProperty());
        Label error = text("lessonError", "teach-error");
        error.textProperty().bind(model.errorProperty());
        ListView<CheckOutcome> checks = new ListView<>(model.checks());
        checks.setId("lessonChecks");
        checks.setPrefHeight(150);
        checks.setPlaceholder(new Label("Run check trains the lesson headless and tests that its effect shows"));
        checks.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CheckOutcome c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().removeAll("check-pass", "check-fail");
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                setText((c.passed() ? "✔ PASS  " : "✘ FAIL  ") + c.description() + "\n        measured: " + c.measured());
                getStyleClass().add(c.passed() ? "check-pass" : "check-fail");
            }
        });

        VBox details = new VBox(10, title, term, experiment, section("What happens"), explanation,
                section("Ask the class first"), question, section("What to look at"), lookAt, buttons, status,
                verdict, error, checks);
        details.getStyleClass().add("teach-window");
        details.setPadding(new Insets(14));
        VBox.setVgrow(checks, Priority.ALWAYS);
        ScrollPane detailsScroll = new ScrollPane(details);
        detailsScroll.setFitToWidth(true);
        detailsScroll.setFitToHeight(true);
        SplitPane root = new SplitPane(list, detailsScroll);
        root.setId("lessonsRoot");
        root.setDividerPositions(0.32);
        stage = TeachStage.create(owner, "Lessons", root, 1180, 780, stylesheets, model::stop);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void bindKind(Button b, Class<? extends Experiment> kind) {
        b.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() != null
                && kind.isInstance(model.selectedProperty().get().experiment()), model.selectedProperty()));
        b.managedProperty().bind(b.visibleProperty());
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("teach-subheading");
        return l;
    }

    private static Label text(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
