package org.layerlab.engine.train;

import java.util.ArrayDeque;

/**
 * Samples per second over the last second or so of training: a sliding window of (samples, time)
 * per minibatch, so the figure follows speed changes instead of averaging the whole run.
 */
final class Throughput {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final ArrayDeque<long[]> batches = new ArrayDeque<>();
    private long samples;
    private long nanos;

    /** Records one minibatch of {@code batchSamples} examples that took {@code batchNanos}. */
    void add(int batchSamples, long batchNanos) {
        long[] entry = {batchSamples, Math.max(0, batchNanos)};
        batches.addLast(entry);
        samples += entry[0];
        nanos += entry[1];
        while (batches.size() > 1 && nanos - batches.peekFirst()[1] >= WINDOW_NANOS) {
            long[] old = batches.removeFirst();
            samples -= old[0];
            nanos -= old[1];
        }
    }

    double samplesPerSecond() {
        return nanos <= 0 ? 0.0 : samples * 1e9 / nanos;
    }
}
