package org.layerlab.engine.train;

/**
 * Every hyperparameter of a run, in Keras' conventions, with the seed that makes it reproducible.
 *
 * @param optimizer     the update rule
 * @param learningRate  initial learning rate (ignored by Adadelta)
 * @param momentum      momentum of SGD + momentum and Nesterov (Keras default 0.9 here)
 * @param schedule      learning-rate schedule
 * @param decay         the schedule's factor: Keras {@code decay} for time decay, the drop factor otherwise
 * @param stepEpochs    epochs between drops, for step decay
 * @param batchSize     examples per minibatch
 * @param epochs        epochs to train
 * @param seed          seed of the weight initialisation, shuffling and dropout masks
 * @param l1            default L1 penalty lambda for Dense and Output layers that set none
 * @param l2            default L2 penalty lambda for Dense and Output layers that set none
 * @param earlyStopping early stopping on the validation loss
 */
public record TrainingConfig(
        Optimizer optimizer,
        double learningRate,
        double momentum,
        Schedule schedule,
        double decay,
        int stepEpochs,
        int batchSize,
        int epochs,
        long seed,
        double l1,
        double l2,
        EarlyStopping earlyStopping) {

    /** Adam at 0.01, batch 32, 100 epochs, seed 42, no schedule, no penalty, no early stopping. */
    public static TrainingConfig defaults() {
        return new TrainingConfig(Optimizer.ADAM, 0.01, 0.9, Schedule.NONE, 0.0, 10, 32, 100, 42, 0.0, 0.0,
                EarlyStopping.off());
    }

    /** The learning rate at this point of training (epoch counted from 0). */
    public double learningRateAt(long iteration, int epoch) {
        return schedule.rateAt(learningRate, decay, stepEpochs, iteration, epoch);
    }

    public TrainingConfig withOptimizer(Optimizer o) {
        return new TrainingConfig(o, learningRate, momentum, schedule, decay, stepEpochs, batchSize, epochs, seed,
                l1, l2, earlyStopping);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(optimizer, lr, momentum, schedule, decay, stepEpochs, batchSize, epochs, seed,
                l1, l2, earlyStopping);
    }

    public TrainingConfig withSchedule(Schedule s, double newDecay, int newStepEpochs) {
        return new TrainingConfig(optimizer, learningRate, momentum, s, newDecay, newStepEpochs, batchSize, epochs,
                seed, l1, l2, earlyStopping);
    }

    public TrainingConfig withBatchSize(int b) {
        return new TrainingConfig(optimizer, learningRate, momentum, schedule, decay, stepEpochs, b, epochs, seed,
                l1, l2, earlyStopping);
    }

    public TrainingConfig withEpochs(int e) {
        return new TrainingConfig(optimizer, learningRate, momentum, schedule, decay, stepEpochs, batchSize, e, seed,
                l1, l2, earlyStopping);
    }

    public TrainingConfig withSeed(long s) {
        return new TrainingConfig(optimizer, learningRate, momentum, schedule, decay, stepEpochs, batchSize, epochs,
                s, l1, l2, earlyStopping);
    }

    public TrainingConfig withPenalties(double newL1, double newL2) {
        return new TrainingConfig(optimizer, learningRate, momentum, schedule, decay, stepEpochs, batchSize, epochs,
                seed, newL1, newL2, earlyStopping);
    }

    public TrainingConfig withEarlyStopping(EarlyStopping es) {
        return new TrainingConfig(optimizer, learningRate, momentum, schedule, decay, stepEpochs, batchSize, epochs,
                seed, l1, l2, es);
    }
}
