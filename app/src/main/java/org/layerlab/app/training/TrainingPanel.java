package org.layerlab.app.training;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.layerlab.app.widgets.FormGrid;
import org.layerlab.app.widgets.NumberField;
import org.layerlab.app.widgets.NumberRange;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.Schedule;
import org.layerlab.engine.train.TrainingConfig;

/**
 * The training settings of the project: optimizer, learning rate and schedule, batch size, epochs,
 * default penalties, early stopping and seed. They apply to the next run (Reset or Train after a run).
 */
public final class TrainingPanel extends VBox {

    private final ObjectProperty<TrainingConfig> config;
    private final ComboBox<Optimizer> optimizer = new ComboBox<>(FXCollections.observableArrayList(Optimizer.values()));
    private final NumberField learningRate = NumberField.plain(NumberRange.decimal("learning rate", 1e-6, 10));
    private final NumberField momentum = NumberField.plain(NumberRange.decimal("momentum", 0, 0.999));
    private final ComboBox<Schedule> schedule = new ComboBox<>(FXCollections.observableArrayList(Schedule.values()));
    private final NumberField decay = NumberField.plain(NumberRange.decimal("decay", 0, 10));
    private final NumberField stepEpochs = NumberField.spinner(NumberRange.whole("step epochs", 1, 10_000), 1);
    private final NumberField batchSize = NumberField.spinner(NumberRange.whole("batch size", 1, 100_000), 8);
    private final NumberField epochs = NumberField.spinner(NumberRange.whole("epochs", 1, 100_000), 10);
    private final NumberField l1 = NumberField.plain(NumberRange.decimal("l1", 0, 100));
    private final NumberField l2 = NumberField.plain(NumberRange.decimal("l2", 0, 100));
    private final CheckBox early = new CheckBox("stop when validation loss stalls");
    private final NumberField patience = NumberField.spinner(NumberRange.whole("patience", 1, 10_000), 1);
    private final CheckBox restoreBest = new CheckBox("restore the best epoch's weights");
    private final NumberField seed = NumberField.plain(NumberRange.whole("seed", 0, Integer.MAX_VALUE)).withoutHint();
    private final FormGrid.Row momentumRow;
    private final FormGrid.Row decayRow;
    private final FormGrid.Row stepRow;
    private final FormGrid.Row patienceRow;
    private boolean updating;

    public TrainingPanel(ObjectProperty<TrainingConfig> config) {
        this.config = config;
        setId("trainingPanel");
        getStyleClass().add("side-panel");
        setSpacing(10);
        FormGrid form = new FormGrid();

        optimizer.setId("training-optimizer");
        optimizer.setOnAction(e -> choose(() -> config.get().withOptimizer(optimizer.getValue())));
        schedule.setId("training-schedule");
        schedule.setOnAction(e -> choose(() -> config.get().withSchedule(schedule.getValue(), config.get().decay(),
                config.get().stepEpochs())));
        bind(learningRate, "learningRate", (c, v) -> c.withLearningRate(v));
        bind(momentum, "momentum", (c, v) -> new TrainingConfig(c.optimizer(), c.learningRate(), v, c.schedule(),
                c.decay(), c.stepEpochs(), c.batchSize(), c.epochs(), c.seed(), c.l1(), c.l2(), c.earlyStopping()));
        bind(decay, "decay", (c, v) -> c.withSchedule(c.schedule(), v, c.stepEpochs()));
        bind(stepEpochs, "stepEpochs", (c, v) -> c.withSchedule(c.schedule(), c.decay(), v.intValue()));
        bind(batchSize, "batchSize", (c, v) -> c.withBatchSize(v.intValue()));
        bind(epochs, "epochs", (c, v) -> c.withEpochs(v.intValue()));
        bind(l1, "l1", (c, v) -> c.withPenalties(v, c.l2()));
        bind(l2, "l2", (c, v) -> c.withPenalties(c.l1(), v));
        bind(patience, "patience", (c, v) -> c.withEarlyStopping(
                new EarlyStopping(c.earlyStopping().enabled(), v.intValue(), c.earlyStopping().restoreBest())));
        bind(seed, "seed", (c, v) -> c.withSeed(v.longValue()));
        early.setId("training-earlyStopping");
        early.setOnAction(e -> choose(() -> config.get().withEarlyStopping(new EarlyStopping(early.isSelected(),
                config.get().earlyStopping().patience(), config.get().earlyStopping().restoreBest()))));
        restoreBest.setId("training-restoreBest");
        restoreBest.setOnAction(e -> choose(() -> config.get().withEarlyStopping(new EarlyStopping(
                config.get().earlyStopping().enabled(), config.get().earlyStopping().patience(),
                restoreBest.isSelected()))));

        form.add("Optimizer", "The update rule: SGD steps against the gradient; Adam adapts a step per weight.",
                optimizer);
        form.add("Learning rate", "Step size η of each update. Too large: the loss jumps or becomes NaN.",
                learningRate);
        momentumRow = form.add("Momentum", "How much of the previous step carries over (0.9 typical).", momentum);
        form.add("Schedule", "How the learning rate shrinks during training.", schedule);
        decayRow = form.add("Decay", "Time decay: η0/(1 + decay·iteration); step and exponential: the factor "
                + "the rate is multiplied by.", decay);
        stepRow = form.add("Every (epochs)", "Step decay drops the rate every this many epochs.", stepEpochs);
        form.add("Batch size", "Examples per minibatch: one update per minibatch.", batchSize);
        form.add("Epochs", "Passes over the training split.", epochs);
        form.add("L1 λ (default)", "L1 penalty for Dense and Output layers that set none.", l1);
        form.add("L2 λ (default)", "L2 penalty (weight decay) for Dense and Output layers that set none.", l2);
        form.add("Early stopping", "Stop when the validation loss has not improved for 'patience' epochs.",
                new VBox(6, early, restoreBest));
        patienceRow = form.add("Patience", "Epochs without improvement before stopping.", patience);
        form.add("Seed", "Seed of the initial weights, shuffling and dropout masks: same seed, same run.", seed);

        Label note = new Label("Settings apply to the next run: press Reset (R), then Train.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        getChildren().addAll(form, note);
        config.addListener(o -> refresh());
        refresh();
    }

    private interface Change {
        TrainingConfig apply(TrainingConfig c, Double v);
    }

    private void bind(NumberField field, String key, Change change) {
        field.textField().setId("training-" + key);
        field.setOnCommit(v -> {
            try {
                config.set(change.apply(config.get(), v));
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of(e.getMessage());
            }
        });
    }

    private void choose(java.util.function.Supplier<TrainingConfig> next) {
        if (!updating) {
            config.set(next.get());
        }
    }

    private void refresh() {
        updating = true;
        try {
            TrainingConfig c = config.get();
            optimizer.setValue(c.optimizer());
            learningRate.setValue(c.learningRate());
            learningRate.setDisable(!c.optimizer().usesLearningRate());
            momentum.setValue(c.momentum());
            schedule.setValue(c.schedule());
            decay.setValue(c.decay());
            stepEpochs.setValue(c.stepEpochs());
            batchSize.setValue(c.batchSize());
            epochs.setValue(c.epochs());
            l1.setValue(c.l1());
            l2.setValue(c.l2());
            early.setSelected(c.earlyStopping().enabled());
            restoreBest.setSelected(c.earlyStopping().restoreBest());
            restoreBest.setDisable(!c.earlyStopping().enabled());
            patience.setValue(c.earlyStopping().patience());
            seed.setValue(c.seed());
            momentumRow.setShown(c.optimizer() == Optimizer.MOMENTUM || c.optimizer() == Optimizer.NESTEROV);
            decayRow.setShown(c.schedule() != Schedule.NONE);
            stepRow.setShown(c.schedule() == Schedule.STEP_DECAY);
            patienceRow.setShown(c.earlyStopping().enabled());
        } finally {
            updating = false;
        }
    }
}
