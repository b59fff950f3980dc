package org.layerlab.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.app.training.TrainingViewModel.Phase;
import org.layerlab.engine.Engine;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.TrainingConfig;

/**
 * The view model against the real engine: a small XOR network trains on the engine's worker thread
 * while the test plays the frame loop by calling {@code drain()}, as the AnimationTimer does.
 */
class TrainingViewModelTest {

    @TempDir
    Path dir;

    private Project project = new Project("xor", "", ModelGraph.chain(new InputSpec(2),
            DenseSpec.of(8, Activation.TANH), new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY)),
            DatasetSpec.defaultsFor(DatasetKind.XOR).withSamples(200),
            TrainingConfig.defaults().withEpochs(40).withBatchSize(20).withSeed(7));
    private final TrainingViewModel model = new TrainingViewModel(Engine::prepareRun, Runnable::run, Runnable::run,
            FrameLoop.manual(), () -> project);

    @AfterEach
    void discardTheRun() {
        model.reset();
    }

    /** Drains a frame at a time until {@code condition} holds; fails after 60 s. */
    private void drainUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            model.drain();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + "; phase " + model.phaseProperty().get()
                        + ", epoch " + model.epochProperty().get() + ", message '" + model.messageProperty().get() + "'");
            }
            LockSupport.parkNanos(Duration.ofMillis(16).toNanos()); // one frame
        }
    }

    @Test
    void trainPauseStepOneEpochStopExportAndReset() throws Exception {
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(model.epochBudgetProperty().get()).isEqualTo(40);
        model.speedProperty().set(1.5); // about 30 minibatches a second: 10 per epoch

        model.trainOrPause();
        drainUntil("two epochs are done", () -> model.epochProperty().get() >= 2);
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.RUNNING);
        assertThat(model.trainTextProperty().get()).isEqualTo("Pause");
        assertThat(model.samplesPerSecondProperty().get()).isPositive();

        model.trainOrPause();
        drainUntil("paused", () -> model.phaseProperty().get() == Phase.PAUSED);
        int paused = model.epochProperty().get();
        assertThat(model.trainTextProperty().get()).isEqualTo("Resume");

        model.stepEpoch();
        drainUntil("one more epoch", () -> model.epochProperty().get() == paused + 1
                && model.phaseProperty().get() == Phase.PAUSED);
        for (int frame = 0; frame < 10; frame++) {
            model.drain();
        }
        assertThat(model.epochProperty().get()).isEqualTo(paused + 1);
        assertThat(model.metrics()).hasSize(paused + 1);
        assertThat(model.metrics()).extracting(m -> m.epoch()).last().isEqualTo(paused + 1);
        assertThat(model.lastProperty().get().epoch()).isEqualTo(paused + 1);
        assertThat(model.progressProperty().get()).isEqualTo((paused + 1) / 40.0, org.assertj.core.data.Offset.offset(1e-9));

        model.stop();
        drainUntil("stopped", () -> model.phaseProperty().get() == Phase.STOPPED);
        assertThat(model.exportEnabledProperty().get()).isTrue();

        Path zip = dir.resolve("xor.zip");
        List<String> failures = new ArrayList<>();
        boolean[] done = {false};
        model.exportModel(zip, () -> done[0] = true, failures::add);
        assertThat(failures).isEmpty();
        assertThat(done[0]).isTrue();
        assertThat(Files.size(zip)).isPositive();

        model.reset();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(model.metrics()).isEmpty();
        assertThat(model.epochProperty().get()).isZero();
        assertThat(model.exportEnabledProperty().get()).isFalse();
    }

    @Test
    void stepOneEpochFromNothingTrainsExactlyOneEpochThenPauses() {
        model.stepEpoch();
        drainUntil("the first epoch", () -> model.epochProperty().get() == 1
                && model.phaseProperty().get() == Phase.PAUSED);
        assertThat(model.metrics()).hasSize(1);
        assertThat(model.iterationProperty().get()).isEqualTo(7); // 140 training points in batches of 20
    }

    @Test
    void aBlockedGraphCannotStartARun() {
        model.blockedReasonProperty().set("Fix this to train: layer 'dense_1' is not connected");

        assertThat(model.trainEnabledProperty().get()).isFalse();
        assertThat(model.stepEnabledProperty().get()).isFalse();
        model.trainOrPause();
        assertThat(model.phaseProperty().get()).isEqualTo(Phase.IDLE);
    }

    @Test
    void aProjectTheEngineRefusesFailsWithItsReason() {
        project = project.withGraph(ModelGraph.chain(new InputSpec(2),
                new OutputSpec(3, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY)));

        model.trainOrPause();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(model.messageProperty().get()).startsWith("Cannot train: ").contains("3 units");
        assertThat(model.trainEnabledProperty().get()).isTrue();
    }

    @Test
    void changingTheModelMarksTheRunStaleButMovingANodeDoesNot() {
        model.stepBatch();
        drainUntil("one batch", () -> model.iterationProperty().get() == 1
                && model.phaseProperty().get() == Phase.PAUSED);

        project = project.withGraph(project.graph().withMoved("dense_1", 500, 400));
        model.projectChanged();
        assertThat(model.staleProperty().get()).isFalse();

        project = project.withGraph(project.graph().withSpec("dense_1", DenseSpec.of(12, Activation.TANH)));
        model.projectChanged();
        assertThat(model.staleProperty().get()).isTrue();

        model.reset();
        assertThat(model.staleProperty().get()).isFalse();
    }

    @Test
    void theSpeedSliderRunsFromOneBatchASecondToFullSpeed() {
        assertThat(Speed.batchesPerSecond(Speed.SLOWEST)).isEqualTo(1.0);
        assertThat(Speed.batchesPerSecond(2)).isEqualTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Speed.batchesPerSecond(Speed.FULL)).isZero();
        assertThat(Speed.label(0)).isEqualTo("1 batch/s");
        assertThat(Speed.label(1.5)).isEqualTo("32 batches/s");
        assertThat(Speed.label(Speed.FULL)).isEqualTo("full speed");
    }

    @Test
    void theRunPropertyHoldsTheRunWithItsDataFromTrainUntilResetAndFramesReachItsMailbox() {
        List<org.layerlab.engine.train.TrainingRun> seen = new ArrayList<>();
        List<org.layerlab.engine.train.Mailbox> drained = new ArrayList<>();
        model.runProperty().addListener((o, a, run) -> seen.add(run));
        model.addFrameListener(drained::add);

        model.trainOrPause();
        drainUntil("one epoch is done", () -> model.epochProperty().get() >= 1);

        org.layerlab.engine.train.TrainingRun run = model.runProperty().get();
        assertThat(run).isNotNull();
        assertThat(run.project()).isEqualTo(project);
        assertThat(run.data()).get().satisfies(d -> assertThat(d.spec()).isEqualTo(project.dataset()));
        assertThat(drained).isNotEmpty().allMatch(m -> m == run.mailbox());

        model.reset();
        assertThat(model.runProperty().get()).isNull();
        assertThat(seen).containsExactly(run, null);
    }

    @Test
    void figuresChangeOnTheLiveClockTicksNotEveryFrame() {
        // Full speed: the run finishes epochs far faster than frames come, so every frame has a new status.
        project = project.withTraining(project.training().withEpochs(100_000));
        List<Long> changes = new ArrayList<>();
        model.epochProperty().addListener((o, was, now) -> changes.add(System.nanoTime()));
        model.trainOrPause();
        drainUntil("the run is training", () -> model.epochProperty().get() >= 1);
        changes.clear();

        long start = System.nanoTime();
        long frames = 0;
        while (System.nanoTime() - start < Duration.ofMillis(1500).toNanos()) {
            model.drain();
            frames++;
            LockSupport.parkNanos(Duration.ofMillis(4).toNanos());
        }
        long elapsed = System.nanoTime() - start;

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.RUNNING);
        assertThat(frames).isGreaterThan(100);
        long ticks = elapsed / org.layerlab.app.views.LiveClock.INTERVAL_NANOS + 2;
        assertThat((long) changes.size()).as("epoch read-outs in %d frames", frames)
                .isBetween(ticks / 2, ticks);
        for (int i = 1; i < changes.size(); i++) {
            assertThat(org.layerlab.app.views.LiveClock.tick(changes.get(i)))
                    .as("read-out %d changes in a tick of its own", i)
                    .isGreaterThan(org.layerlab.app.views.LiveClock.tick(changes.get(i - 1)));
        }
    }
}
