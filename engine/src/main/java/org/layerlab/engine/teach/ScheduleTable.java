package org.layerlab.engine.teach;

import org.layerlab.engine.train.Schedule;
import org.layerlab.engine.train.TrainingConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * A learning-rate schedule as the notes tabulate it: the rate at the start of each epoch, with
 * {@link Schedule#rateAt} (time decay counts minibatches, so the table depends on how many
 * minibatches an epoch has).
 *
 * @param iterationsPerEpoch minibatches per epoch
 * @param rows               one per epoch, from epoch 0
 */
public record ScheduleTable(int iterationsPerEpoch, List<Row> rows) {

    /**
     * The notes' example (Keras {@code SGD(lr=0.01, decay=0.01 / 40)} on MiniVGGNet, 32x32x3 images,
     * 10 classes: CIFAR-10's 50,000 training images in minibatches of 64) has ceil(50000 / 64) = 782
     * minibatches per epoch. The table itself pins it down: of all counts only 782 and 783 reproduce every
     * value it prints (0.00836 at epoch 1, 0.00719 at 2, ..., 0.00116 at 39) when rounded to 5 decimals.
     */
    public static final int NOTES_ITERATIONS_PER_EPOCH = 782;

    /** The rate {@code learningRate} in force at the start of {@code epoch} (0-based), after {@code iteration} minibatches. */
    public record Row(int epoch, long iteration, double learningRate) {
    }

    public ScheduleTable {
        rows = List.copyOf(rows);
    }

    /** The table of a training config's schedule over {@code epochs} epochs. */
    public static ScheduleTable of(TrainingConfig config, int iterationsPerEpoch, int epochs) {
        return of(config.schedule(), config.learningRate(), config.decay(), config.stepEpochs(), iterationsPerEpoch,
                epochs);
    }

    /** The table of a schedule with its settings over {@code epochs} epochs. */
    public static ScheduleTable of(Schedule schedule, double lr0, double decay, int stepEpochs, int iterationsPerEpoch,
                                   int epochs) {
        if (iterationsPerEpoch < 1) {
            throw new IllegalArgumentException("an epoch needs at least 1 minibatch, found " + iterationsPerEpoch);
        }
        if (epochs < 1 || epochs > 100_000) {
            throw new IllegalArgumentException("epochs must be 1..100000, found " + epochs);
        }
        List<Row> rows = new ArrayList<>(epochs);
        for (int e = 0; e < epochs; e++) {
            long iteration = (long) e * iterationsPerEpoch;
            rows.add(new Row(e, iteration, schedule.rateAt(lr0, decay, stepEpochs, iteration, e)));
        }
        return new ScheduleTable(iterationsPerEpoch, rows);
    }

    /** Minibatches per epoch: ceil(examples / batch size), the last one possibly smaller. */
    public static int iterationsPerEpoch(int examples, int batchSize) {
        if (examples < 1 || batchSize < 1) {
            throw new IllegalArgumentException("examples and batch size must be at least 1, found " + examples
                    + " and " + batchSize);
        }
        return (examples + batchSize - 1) / batchSize;
    }

    /** The rate of epoch {@code epoch} (0-based). */
    public double rateAt(int epoch) {
        return rows.get(epoch).learningRate();
    }
}
