package org.layerlab.engine.train;

import java.util.concurrent.TimeUnit;

/**
 * How far a run is and how fast it goes: its state and message, epoch / batch / iteration counters,
 * training time with pauses excluded, recent throughput and the last epoch's metrics. Not
 * thread-safe: {@link TrainingRun} guards it with its lock.
 */
final class RunProgress {

    private final int epochBudget;
    private final int batchesPerEpoch;
    private final int batchSize;
    private final int trainingExamples;
    private final Throughput throughput = new Throughput();
    private RunState state = RunState.READY;
    private String message = "";
    private int epoch;
    private int batch;
    private long iteration;
    private long activeNanos;
    private long activeSince;
    private long lastMark;
    private EpochMetrics last;

    RunProgress(int epochBudget, int batchesPerEpoch, int batchSize, int trainingExamples) {
        this.epochBudget = epochBudget;
        this.batchesPerEpoch = batchesPerEpoch;
        this.batchSize = batchSize;
        this.trainingExamples = trainingExamples;
    }

    RunState state() {
        return state;
    }

    /** Epochs finished. */
    int epoch() {
        return epoch;
    }

    /** Minibatches done in the current epoch. */
    int batch() {
        return batch;
    }

    long iteration() {
        return iteration;
    }

    /** Enters RUNNING: the clock runs and the message clears. */
    void begin() {
        activeSince = System.nanoTime();
        lastMark = activeSince;
        message = "";
        state = RunState.RUNNING;
    }

    /** Leaves RUNNING for a resting state, or fails; an ended run stays as it ended. */
    void settle(RunState next, String why) {
        if (state.isOver()) {
            return;
        }
        if (state == RunState.RUNNING) {
            activeNanos += System.nanoTime() - activeSince;
        }
        state = next;
        message = why;
    }

    /** Minibatch {@code batchIndex} finished at {@code now}. */
    void batchDone(int batchIndex, long now) {
        batch = batchIndex + 1;
        iteration++;
        int samples = Math.max(0, Math.min(batchSize, trainingExamples - batchIndex * batchSize));
        throughput.add(samples, now - lastMark);
        lastMark = now;
    }

    /** Epoch {@code finished} (1-based) ended with these figures; returns its metrics. */
    EpochMetrics epochDone(int finished, Evaluation train, Evaluation validation, double learningRate) {
        epoch = finished;
        batch = 0;
        last = new EpochMetrics(finished, iteration, train.loss(), train.accuracy(), validation.loss(),
                validation.accuracy(), learningRate, elapsedMillis());
        return last;
    }

    RunStatus status() {
        return new RunStatus(state, epoch, epochBudget, batch, batchesPerEpoch, iteration, elapsedMillis(),
                throughput.samplesPerSecond(), message, last);
    }

    private long elapsedMillis() {
        long nanos = activeNanos + (state == RunState.RUNNING ? System.nanoTime() - activeSince : 0);
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
