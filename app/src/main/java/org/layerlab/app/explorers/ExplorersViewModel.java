package org.layerlab.app.explorers;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.teach.ActivationCurve;
import org.layerlab.engine.teach.ActivationMath;
import org.layerlab.engine.teach.BiasVariance;
import org.layerlab.engine.teach.ScheduleTable;
import org.layerlab.engine.train.Schedule;
import org.layerlab.engine.train.TrainingConfig;

/**
 * The explorers' state: an activation with its derivative and compositions, a learning-rate schedule
 * as the notes tabulate it, and the bias/variance diagnosis of typed-in errors. No training: every
 * figure comes straight from the engine's plain-Java formulas.
 */
public final class ExplorersViewModel {

    /** The notes' schedule example: SGD(lr=0.01, decay=0.01/40), 782 minibatches per epoch, 40 epochs. */
    public static final double NOTES_LR = 0.01;
    public static final double NOTES_DECAY = 0.01 / 40;
    public static final int NOTES_EPOCHS = 40;

    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation",
            Activation.SIGMOID);
    private final IntegerProperty compositions = new SimpleIntegerProperty(this, "compositions", 3);
    private final ReadOnlyObjectWrapper<ScheduleTable> schedule = new ReadOnlyObjectWrapper<>(this, "schedule");
    private final ReadOnlyStringWrapper scheduleTitle = new ReadOnlyStringWrapper(this, "scheduleTitle", "");
    private final ReadOnlyObjectWrapper<BiasVariance.Diagnosis> diagnosis = new ReadOnlyObjectWrapper<>(this,
            "diagnosis");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ExplorersViewModel() {
        showNotesSchedule();
    }

    /** f, f' and f composed {@link #compositionsProperty} times over [-6, 6]. */
    public List<PlotSeries> activationSeries() {
        Activation f = activation.get();
        ActivationCurve once = ActivationMath.curve(f, -6, 6, 241, 1);
        ActivationCurve many = ActivationMath.curve(f, -6, 6, 241, Math.max(1, compositions.get()));
        String name = f.key();
        return List.of(PlotSeries.of(name + "(x)", Palette.BLUE, once.x(), once.y()),
                new PlotSeries(name + "'(x)", Palette.VERMILLION, true, once.x(), once.derivative(),
                        once.x().length),
                PlotSeries.of(composedName(name, compositions.get()), Palette.GREEN, many.x(), many.y()));
    }

    /** "sigmoid(sigmoid(sigmoid(x)))". */
    static String composedName(String f, int times) {
        return (f + "(").repeat(times) + "x" + ")".repeat(times);
    }

    /** The notes' table: time decay 0.01 / 40 from 0.01, 782 minibatches per epoch (0.00836 at epoch 1). */
    public void showNotesSchedule() {
        schedule.set(ScheduleTable.of(Schedule.TIME_DECAY, NOTES_LR, NOTES_DECAY, 10,
                ScheduleTable.NOTES_ITERATIONS_PER_EPOCH, NOTES_EPOCHS));
        scheduleTitle.set("The notes' example: SGD lr 0.01, time decay 0.01/40, 782 minibatches per epoch "
                + "(CIFAR-10's 50,000 images in batches of 64)");
    }

    /** The schedule of a project's training settings, with {@code examples} training examples. */
    public void showSchedule(TrainingConfig config, int examples) {
        try {
            int perEpoch = ScheduleTable.iterationsPerEpoch(examples, config.batchSize());
            schedule.set(ScheduleTable.of(config, perEpoch, Math.min(config.epochs(), 1000)));
            scheduleTitle.set("The studio's project: " + config.optimizer().displayName() + " lr "
                    + config.learningRate() + ", schedule " + config.schedule().key() + (config.schedule()
                    == Schedule.NONE ? " (constant)" : ", decay " + config.decay()) + ", " + perEpoch
                    + " minibatches per epoch (" + examples + " examples, batch " + config.batchSize() + ")");
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** Diagnoses errors typed as percentages ("1", "11", blank human error = unknown). */
    public void diagnose(String trainPercent, String validationPercent, String humanPercent) {
        try {
            double human = humanPercent == null || humanPercent.isBlank() ? Double.NaN
                    : percent(humanPercent, "human-level error");
            diagnosis.set(BiasVariance.diagnose(percent(trainPercent, "training error"),
                    percent(validationPercent, "validation error"), human));
            error.set("");
        } catch (IllegalArgumentException e) {
            diagnosis.set(null);
            error.set(e.getMessage());
        }
    }

    private static double percent(String text, String what) {
        try {
            return Double.parseDouble(text.trim().replace("%", "")) / 100;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a percentage such as 11 or 0.5, found '" + text + "'");
        }
    }

    public ObjectProperty<Activation> activationProperty() {
        return activation;
    }

    public IntegerProperty compositionsProperty() {
        return compositions;
    }

    public ReadOnlyObjectProperty<ScheduleTable> scheduleProperty() {
        return schedule.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scheduleTitleProperty() {
        return scheduleTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BiasVariance.Diagnosis> diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
