package org.layerlab.app.shell;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.layerlab.app.training.MetricsTable;
import org.layerlab.app.training.TrainingViewModel;
import org.layerlab.app.training.TrainingViewModel.Phase;
import org.layerlab.engine.train.EpochMetrics;

/**
 * The bottom line of the window: backend, run state, epoch of the budget with a progress bar,
 * elapsed time, throughput, and the last epoch's losses and accuracies.
 */
public final class StatusBar extends HBox {

    public StatusBar(TrainingViewModel model, ObservableStringValue backend) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);

        Label backendLabel = label("backendLabel", "backend");
        backendLabel.textProperty().bind(backend);
        // Long backend descriptions shrink with an ellipsis; the tooltip keeps the whole text.
        backendLabel.setMinWidth(60);
        backendLabel.setMaxWidth(150);
        Tooltip backendTip = new Tooltip();
        backendTip.textProperty().bind(backend);
        backendLabel.setTooltip(backendTip);

        Label state = label("stateLabel", "run-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(model.phaseProperty().get()),
                model.phaseProperty()));
        model.phaseProperty().addListener((o, a, b) -> {
            for (Phase p : Phase.values()) {
                state.pseudoClassStateChanged(PseudoClass.getPseudoClass(p.name().toLowerCase(Locale.ROOT)), p == b);
            }
        });
        state.pseudoClassStateChanged(PseudoClass.getPseudoClass("idle"), true);

        Label epoch = label("epochLabel", "epoch");
        epoch.textProperty().bind(Bindings.createStringBinding(
                () -> "Epoch " + model.epochProperty().get() + " / " + model.epochBudgetProperty().get(),
                model.epochProperty(), model.epochBudgetProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("epochProgress");
        progress.setPrefWidth(110);
        progress.setMinWidth(90);
        progress.progressProperty().bind(model.progressProperty());

        Label elapsed = label("elapsedLabel", "elapsed");
        elapsed.textProperty().bind(Bindings.createStringBinding(() -> clock(model.elapsedMillisProperty().get()),
                model.elapsedMillisProperty()));
        elapsed.setTooltip(new Tooltip("Training time, pauses excluded"));
        Label speed = label("samplesLabel", "throughput");
        speed.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%,.0f samples/s", model.samplesPerSecondProperty().get()),
                model.samplesPerSecondProperty()));
        speed.setMinWidth(40);
        Label trainFigures = label("lossLabel", "last-metrics");
        trainFigures.textProperty().bind(Bindings.createStringBinding(() -> figures("Train", model.lastProperty().get(),
                true), model.lastProperty()));
        trainFigures.setMinWidth(60);
        trainFigures.setTooltip(new Tooltip("Last epoch on the training split: loss · accuracy"));
        Label validationFigures = label("valLossLabel", "last-metrics");
        validationFigures.textProperty().bind(Bindings.createStringBinding(() -> figures("Val",
                model.lastProperty().get(), false), model.lastProperty()));
        validationFigures.setMinWidth(60);
        validationFigures.setTooltip(new Tooltip("Last epoch on the validation split: loss · accuracy"));

        getChildren().addAll(backendLabel, sep(), state, epoch, progress, sep(), elapsed, speed, sep(), trainFigures,
                validationFigures);
    }

    static String stateText(Phase phase) {
        return switch (phase) {
            case IDLE -> "Not started";
            case PREPARING -> "Building…";
            case READY -> "Ready";
            case RUNNING -> "Training";
            case PAUSED -> "Paused";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped";
            case FAILED -> "Failed";
        };
    }

    /**
     * The last epoch's loss and accuracy on one split: "Train 0.3123 · 94.1 %", "Val 0.2987 · 93.0 %"
     * (the tooltip says which is which); no accuracy for regression, a dash before the first epoch.
     */
    static String figures(String split, EpochMetrics m, boolean train) {
        if (m == null) {
            return split + " —";
        }
        double loss = train ? m.trainLoss() : m.validationLoss();
        double accuracy = train ? m.trainAccuracy() : m.validationAccuracy();
        String text = split + " " + MetricsTable.format(loss, "%.4f");
        return Double.isNaN(m.trainAccuracy()) ? text : text + " · " + MetricsTable.percent(accuracy);
    }

    /** 72_000 ms -> "1:12"; an hour or more -> "1:02:03". */
    static String clock(long millis) {
        long s = millis / 1000;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }
}
