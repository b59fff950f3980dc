package org.layerlab.app.training;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.layerlab.app.widgets.Icons;

/**
 * The run controls across the top of the window: Train/Pause, step one epoch or one batch, Stop,
 * Reset, the speed slider, and why Train is disabled. Buttons take no keyboard focus, so Space
 * always means Train/Pause.
 */
public final class RunToolbar extends HBox {

    public RunToolbar(TrainingViewModel model) {
        setId("runToolbar");
        getStyleClass().add("run-toolbar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);

        Button train = button("trainButton", "Train", "Train, pause or resume (Space)", model::trainOrPause);
        train.getStyleClass().addAll(Styles.ACCENT, "train-button");
        train.textProperty().bind(model.trainTextProperty());
        train.setGraphic(Icons.play());
        model.trainTextProperty().addListener((o, a, b) -> train.setGraphic("Pause".equals(b) ? Icons.pause()
                : Icons.play()));
        train.disableProperty().bind(model.trainEnabledProperty().not());
        // A disabled button shows no tooltip, so the reason sits on a wrapper as well as in the label.
        StackPane trainWrapper = new StackPane(train);
        Tooltip reason = new Tooltip();
        reason.textProperty().bind(model.blockedReasonProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(420);
        model.blockedReasonProperty().addListener((o, a, b) -> {
            if (b.isEmpty()) {
                Tooltip.uninstall(trainWrapper, reason);
            } else {
                Tooltip.install(trainWrapper, reason);
            }
        });

        Button epoch = button("stepEpochButton", "Step epoch", "Train exactly one more epoch, then pause (→)",
                model::stepEpoch);
        epoch.setGraphic(Icons.step());
        epoch.disableProperty().bind(model.stepEnabledProperty().not());
        Button batch = button("stepBatchButton", "Step batch", "Fit exactly one more minibatch, then pause",
                model::stepBatch);
        batch.disableProperty().bind(model.stepEnabledProperty().not());
        Button stop = button("stopButton", "Stop", "End the run; the model can still be exported",
                model::stop);
        stop.setGraphic(Icons.stop());
        stop.disableProperty().bind(model.stopEnabledProperty().not());
        Button reset = button("resetButton", "Reset", "Discard the run: the next Train starts from fresh weights (R)",
                model::reset);
        reset.disableProperty().bind(model.resetEnabledProperty().not());

        Label speedTitle = new Label("Speed");
        speedTitle.getStyleClass().add("toolbar-label");
        Slider speed = new Slider(Speed.SLOWEST, Speed.FULL, model.speedProperty().get());
        speed.setId("speedSlider");
        speed.setFocusTraversable(false);
        speed.setPrefWidth(190);
        speed.setMinWidth(100);
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setShowTickMarks(true);
        speed.setShowTickLabels(true);
        speed.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v >= Speed.FULL - 1e-9 ? "full" : Math.round(Math.pow(10, v)) + "/s";
            }

            @Override
            public Double fromString(String s) {
                return 0.0;
            }
        });
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speed.setTooltip(new Tooltip("Minibatches per second: slow motion for explaining, full speed for results"));
        Label speedValue = new Label();
        speedValue.setId("speedLabel");
        speedValue.getStyleClass().add("speed-value");
        speedValue.textProperty().bind(Bindings.createStringBinding(
                () -> Speed.label(model.speedProperty().get()), model.speedProperty()));
        speedValue.setMinWidth(110);

        // One line for what matters most now: why Train is disabled, that settings changed since the run
        // started, or why the run paused or ended (NaN loss, early stopping, finished).
        Label blocked = new Label();
        blocked.setId("trainBlockedLabel");
        blocked.getStyleClass().add("run-note");
        blocked.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = model.blockedReasonProperty().get();
            if (!why.isEmpty()) {
                return "⚠ " + why;
            }
            if (model.staleProperty().get()) {
                return "Settings changed since this run started: Reset (R) to use them";
            }
            return model.messageProperty().get();
        }, model.blockedReasonProperty(), model.staleProperty(), model.messageProperty()));
        blocked.textProperty().addListener((o, a, b) -> {
            boolean problem = !model.blockedReasonProperty().get().isEmpty() || model.staleProperty().get()
                    || model.phaseProperty().get() == TrainingViewModel.Phase.FAILED;
            blocked.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), problem);
        });
        blocked.setWrapText(true);
        blocked.setMaxHeight(48);
        // The reason takes the room left and wraps; it must never widen the window.
        blocked.setMinWidth(0);
        blocked.setPrefWidth(0);
        HBox.setHgrow(blocked, Priority.ALWAYS);
        blocked.setMaxWidth(Double.MAX_VALUE);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(blocked.textProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        blocked.setTooltip(whole);

        getChildren().addAll(trainWrapper, epoch, batch, stop, reset, new Separator(Orientation.VERTICAL),
                speedTitle, speed, speedValue, new Separator(Orientation.VERTICAL), blocked);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(USE_PREF_SIZE);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
