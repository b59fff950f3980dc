package org.layerlab.engine.cli;

import org.layerlab.engine.Engine;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.dl4j.Backend;
import org.layerlab.engine.dl4j.Dl4jModels;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingRun;
import org.layerlab.engine.train.ViewCosts;

import java.time.Duration;
import java.util.List;

/**
 * The engine's cases, each after a warm-up in this process: the playground run with and without
 * its views (epochs per second, view cost, decision surfaces timed where they run), the moons
 * minibatch and the MNIST MLP minibatch (timed one by one on the model).
 */
final class EngineBench {

    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);

    /**
     * Epoch times of the playground run with the views on and off, measured in alternating blocks
     * of the same run (so a busy machine slows both alike), and the decision surfaces computed.
     *
     * @param withViews        milliseconds per epoch, one figure per block with the views on
     * @param headless         milliseconds per epoch, one per block with the views off
     * @param surfaces         milliseconds per 100x100 decision surface, where the run computed it
     * @param surfaceThread    the thread that computed the surfaces
     * @param surfacesPerEpoch surfaces computed per epoch with the views on
     */
    record Playground(Timings withViews, Timings headless, Timings surfaces, String surfaceThread,
                      double surfacesPerEpoch) {
    }

    /** Minibatch times of a model fitted outside a run. */
    record Iterations(Timings millis, int parameters, int batchSize) {
        /** 6 x parameters x batch: forward (2) and backward (4) multiply-adds of a dense network. */
        double gigaflopsAt(double ms) {
            return 6.0 * parameters * batchSize / (ms * 1e6);
        }
    }

    private EngineBench() {
    }

    static Playground playground(Project project, PreparedData data, int warmUpEpochs, int blocks, int blockEpochs)
            throws InterruptedException {
        Project endless = project.withTraining(project.training().withEpochs(1_000_000));
        Timings on = new Timings();
        Timings off = new Timings();
        try (TrainingRun run = Engine.prepareRun(endless, data)) {
            run.setViewsEnabled(true);
            // Views for every epoch the view thread keeps up with, not just one per display frame.
            run.setViewInterval(Duration.ZERO);
            run.start();
            awaitEpoch(run, warmUpEpochs);
            run.viewCosts().clear();
            int epochsWithViews = 0;
            long surfacesWithViews = 0;
            for (int b = 0; b < 2 * blocks; b++) {
                boolean views = b % 2 == 0;
                run.setViewsEnabled(views);
                // The epoch in progress mixes both settings: the block starts after it.
                int start = run.status().epoch() + 1;
                int end = start + blockEpochs;
                awaitEpoch(run, start);
                long surfacesBefore = run.viewCosts().count(ViewCosts.Part.SURFACE);
                awaitEpoch(run, end);
                if (views) {
                    surfacesWithViews += run.viewCosts().count(ViewCosts.Part.SURFACE) - surfacesBefore;
                    epochsWithViews += run.status().epoch() - start;
                }
                List<EpochMetrics> metrics = run.mailbox().metricsSince(0);
                double ms = (metrics.get(end - 1).elapsedMillis() - metrics.get(start - 1).elapsedMillis())
                        / (double) blockEpochs;
                (views ? on : off).add(ms);
            }
            run.stop();
            ViewCosts costs = run.viewCosts();
            Timings surfaces = new Timings();
            for (double ms : costs.millis(ViewCosts.Part.SURFACE)) {
                surfaces.add(ms);
            }
            double perEpoch = surfacesWithViews / (double) Math.max(1, epochsWithViews);
            return new Playground(on, off, surfaces, costs.thread(ViewCosts.Part.SURFACE), perEpoch);
        }
    }

    private static void awaitEpoch(TrainingRun run, int epoch) throws InterruptedException {
        if (!run.awaitStatus(s -> s.epoch() >= epoch || s.state().isOver(), RUN_LIMIT)) {
            throw new CliException("the benchmark run did not reach epoch " + epoch + " in " + RUN_LIMIT.toMinutes()
                    + " minutes: " + run.status().message());
        }
        if (run.status().state() != RunState.RUNNING) {
            throw new CliException("the benchmark run stopped at epoch " + run.status().epoch() + ": "
                    + run.status().message());
        }
    }

    /** The backend's n x n float matrix product, timed {@code measured} times after {@code warmUp}. */
    static Timings matrixProducts(int n, int warmUp, int measured) {
        Timings timings = new Timings();
        for (double ms : Backend.timeMatrixProducts(n, warmUp, measured)) {
            timings.add(ms);
        }
        return timings;
    }

    /**
     * Fits {@code warmUp} then {@code measured} minibatches, epoch after epoch, timing each measured
     * one: training alone, as with the views off (no gradient recording for the gradient view).
     */
    static Iterations iterations(Project project, PreparedData data, int warmUp, int measured) {
        try (TrainableModel model = Dl4jModels.create(project.graph(), project.training(), data)) {
            model.recordGradients(false);
            Timings timings = new Timings();
            int done = 0;
            for (int epoch = 0; done < warmUp + measured; epoch++) {
                model.beginEpoch(epoch);
                for (int b = 0; b < model.batchesPerEpoch() && done < warmUp + measured; b++, done++) {
                    long t0 = System.nanoTime();
                    model.fitBatch(b);
                    if (done >= warmUp) {
                        timings.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            }
            return new Iterations(timings, model.copyParameters().length, project.training().batchSize());
        }
    }
}
