package org.layerlab.engine.train;

/**
 * What one minibatch does, as the worker thread runs it: begin the epoch when at its start, fit,
 * check the loss is still a number, and at the epoch's end evaluate both splits, record the
 * metrics and apply early stopping or the epoch budget. Knows nothing of threads or controls.
 */
final class EpochLoop {

    /**
     * The result of one minibatch.
     *
     * @param epochEnded true when it was the last minibatch of its epoch
     * @param ending     the state the run should rest in now (PAUSED on divergence, FINISHED, FAILED), or null to train on
     * @param message    why, for the status bar
     */
    record Step(boolean epochEnded, RunState ending, String message) {
    }

    /** Records progress as it happens (the run does it under its lock and publishes the status). */
    interface Progress {

        void batchDone(int batchIndex, long nanoTime);

        void epochDone(int finishedEpoch, Evaluation train, Evaluation validation, double learningRate);
    }

    private final TrainableModel model;
    private final Optimizer optimizer;
    private final EarlyStopper stopper;
    private final int batchesPerEpoch;
    private final int epochBudget;

    EpochLoop(TrainableModel model, TrainingConfig config, EarlyStopper stopper, int batchesPerEpoch) {
        this.model = model;
        this.optimizer = config.optimizer();
        this.stopper = stopper;
        this.batchesPerEpoch = batchesPerEpoch;
        this.epochBudget = config.epochs();
    }

    /** Fits minibatch {@code batchIndex} of epoch {@code epochIndex} (both 0-based). */
    Step fitBatch(int epochIndex, int batchIndex, Progress progress) {
        RunState ending = null;
        String message = "";
        boolean epochEnded = false;
        try {
            if (batchIndex == 0) {
                model.beginEpoch(epochIndex);
            }
            double loss = model.fitBatch(batchIndex);
            progress.batchDone(batchIndex, System.nanoTime());
            if (!Double.isFinite(loss)) {
                ending = RunState.PAUSED;
                message = Divergence.atBatch(loss, epochIndex + 1, batchIndex + 1, model.learningRate(), optimizer);
            }
            if (batchIndex + 1 == batchesPerEpoch) {
                epochEnded = true;
                Step end = endEpoch(epochIndex + 1, progress);
                if (ending == null && end != null) {
                    ending = end.ending();
                    message = end.message();
                }
            }
        } catch (RuntimeException | Error e) {
            return new Step(epochEnded, RunState.FAILED, "Training failed at epoch " + (epochIndex + 1)
                    + ", batch " + (batchIndex + 1) + ": " + TrainingRun.describe(e));
        }
        return new Step(epochEnded, ending, message);
    }

    /** Evaluates, records the metrics and applies early stopping; returns how the run ends here, or null. */
    private Step endEpoch(int finished, Progress progress) {
        Evaluation train = model.evaluate(SplitName.TRAIN);
        Evaluation validation = model.evaluate(SplitName.VALIDATION);
        double lr = model.learningRate();
        progress.epochDone(finished, train, validation, lr);
        if (!Double.isFinite(train.loss())) {
            return new Step(true, RunState.PAUSED, Divergence.atEpochEnd(train.loss(), finished, lr, optimizer));
        }
        double monitored = validation.examples() > 0 ? validation.loss() : train.loss();
        String end = stopper.afterEpoch(finished, monitored, epochBudget, model);
        return end == null ? null : new Step(true, RunState.FINISHED, end);
    }
}
