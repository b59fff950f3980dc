package org.layerlab.engine.train;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.ModelGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TrainingRunTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<TrainingRun> runs = new ArrayList<>();
    private final List<SoftmaxToyModel> models = new ArrayList<>();

    @AfterEach
    void closeRunsAndCheckThreads() {
        runs.forEach(TrainingRun::close);
        for (SoftmaxToyModel model : models) {
            assertThat(model.isClosed()).as("model closed by the run").isTrue();
            assertThat(model.foreignThreads()).as("threads other than the worker touching the model").isEmpty();
        }
    }

    private TrainingRun run(SoftmaxToyModel model, TrainingConfig config) {
        Project project = new Project("toy", "", ModelGraph.empty(),
                DatasetSpec.generated(DatasetKind.BLOBS, 200, 0.6), config);
        TrainingRun run = new TrainingRun(project, model);
        models.add(model);
        runs.add(run);
        return run;
    }

    private static TrainingConfig sgd(double lr, int batch, int epochs) {
        return TrainingConfig.defaults().withOptimizer(Optimizer.SGD).withLearningRate(lr).withBatchSize(batch)
                .withEpochs(epochs);
    }

    private static SoftmaxToyModel toy(double lr, int batch) {
        return new SoftmaxToyModel(200, batch, lr, 0.0, 7);
    }

    @Test
    void runsToTheEpochBudgetAppendingOneMetricsRowPerEpoch() throws Exception {
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 15));

        run.start();

        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();
        RunStatus status = run.status();
        assertThat(status.state()).isEqualTo(RunState.FINISHED);
        assertThat(status.message()).isEqualTo("Finished 15 epochs.");
        assertThat(status.epoch()).isEqualTo(15);
        assertThat(status.iteration()).isEqualTo(15 * 10);
        List<EpochMetrics> metrics = run.mailbox().metricsSince(0);
        assertThat(metrics).extracting(EpochMetrics::epoch).containsExactly(
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(metrics).extracting(EpochMetrics::iteration).isSorted();
        assertThat(metrics.get(14).trainLoss()).isLessThan(metrics.get(0).trainLoss());
        assertThat(metrics.get(14).trainAccuracy()).isGreaterThan(0.9);
        assertThat(metrics.get(14).validationAccuracy()).isGreaterThan(0.9);
        assertThat(metrics).allSatisfy(m -> assertThat(m.learningRate()).isEqualTo(0.1));
        assertThat(status.last()).isEqualTo(metrics.get(14));
        assertThat(run.mailbox().status().peek()).isEqualTo(status);
    }

    @Test
    void pauseResumeAndStopWorkFromAnotherThread() throws Exception {
        TrainingRun run = run(toy(0.05, 10), sgd(0.05, 10, 1_000_000));

        run.start();
        assertThat(run.awaitStatus(s -> s.iteration() >= 50, WAIT)).isTrue();
        run.pause();
        assertThat(run.awaitState(s -> s == RunState.PAUSED, WAIT)).isTrue();
        long pausedAt = run.status().iteration();
        assertThat(run.awaitStatus(s -> s.iteration() != pausedAt, Duration.ofMillis(300)))
                .as("no batch is fitted while paused").isFalse();

        run.resume();
        assertThat(run.awaitStatus(s -> s.iteration() >= pausedAt + 50, WAIT)).isTrue();
        run.stop();

        assertThat(run.awaitState(s -> s == RunState.STOPPED, WAIT)).isTrue();
        long stoppedAt = run.status().iteration();
        assertThat(run.awaitStatus(s -> s.iteration() != stoppedAt, Duration.ofMillis(200))).isFalse();
        assertThat(run.status().elapsedMillis()).isPositive();
        assertThat(run.status().samplesPerSecond()).isPositive();
    }

    @Test
    void stepBatchFitsExactlyOneMinibatchThenPauses() throws Exception {
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 5));

        run.stepBatch();
        assertThat(run.awaitState(s -> s == RunState.PAUSED, WAIT)).isTrue();
        assertThat(run.status().iteration()).isEqualTo(1);
        assertThat(run.status().batch()).isEqualTo(1);
        assertThat(run.mailbox().activations().take().iteration()).as("views published after a step").isEqualTo(1);

        run.stepBatch();
        assertThat(run.awaitStatus(s -> s.state() == RunState.PAUSED && s.iteration() == 2, WAIT)).isTrue();
        assertThat(run.mailbox().activations().take().iteration()).isEqualTo(2);
        assertThat(run.mailbox().gradients().take().layers().get(0).gradientNorm()).isPositive();
        assertThat(run.mailbox().metricsCount()).isZero();
    }

    @Test
    void stepEpochRunsToTheEndOfTheCurrentEpochThenPauses() throws Exception {
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 5));

        run.stepBatch();
        assertThat(run.awaitState(s -> s == RunState.PAUSED, WAIT)).isTrue();
        run.stepEpoch();
        assertThat(run.awaitStatus(s -> s.state() == RunState.PAUSED && s.epoch() == 1, WAIT)).isTrue();
        assertThat(run.status().iteration()).isEqualTo(10);
        assertThat(run.mailbox().metricsCount()).isEqualTo(1);

        run.stepEpoch();
        assertThat(run.awaitStatus(s -> s.state() == RunState.PAUSED && s.epoch() == 2, WAIT)).isTrue();
        assertThat(run.status().iteration()).isEqualTo(20);
        assertThat(run.status().batch()).isZero();
        assertThat(run.mailbox().metricsSince(0)).extracting(EpochMetrics::epoch).containsExactly(1, 2);
        assertThat(run.mailbox().surface().peek().epoch()).isEqualTo(2);
    }

    @Test
    void speedLimitSpacesMinibatchesInWallTime() throws Exception {
        // 40 minibatches at 20 per second: 39 gaps of 50 ms.
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 4));
        run.setSpeed(20);

        long start = System.nanoTime();
        run.start();
        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(run.status().iteration()).isEqualTo(40);
        assertThat(seconds).isBetween(1.8, 5.0);
        assertThat(run.mailbox().activations().peek().iteration())
                .as("slow motion publishes views every batch").isEqualTo(40);
    }

    @Test
    void stopInterruptsTheWaitOfSlowMotion() throws Exception {
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 4));
        run.setSpeed(0.2);

        run.start();
        assertThat(run.awaitStatus(s -> s.iteration() == 1, WAIT)).isTrue();
        long start = System.nanoTime();
        run.stop();

        assertThat(run.awaitState(s -> s == RunState.STOPPED, Duration.ofSeconds(2))).isTrue();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        assertThat(run.status().iteration()).isEqualTo(1);
    }

    @Test
    void aLossThatTurnsNanPausesTheRunAndSaysWhy() throws Exception {
        TrainingRun run = run(toy(1e6, 20), sgd(1e6, 20, 50));

        run.start();

        assertThat(run.awaitState(s -> s != RunState.RUNNING, WAIT)).isTrue();
        RunStatus status = run.status();
        assertThat(status.state()).isEqualTo(RunState.PAUSED);
        assertThat(status.message())
                .startsWith("Loss became NaN at epoch 1, batch ")
                .contains("(learning rate 1000000 with sgd): the updates overshoot and the weights blow up.")
                .endsWith("Lower the learning rate, then Reset.");
        assertThat(run.mailbox().activations().peek().iteration()).isEqualTo(status.iteration());
    }

    @Test
    void earlyStoppingStopsPatienceEpochsAfterTheBestAndRestoresItsWeights() throws Exception {
        int patience = 4;
        // Reference: the same deterministic training without early stopping.
        TrainingRun reference = run(new SoftmaxToyModel(200, 20, 2.0, 0.3, 11), sgd(2.0, 20, 80));
        reference.start();
        assertThat(reference.awaitState(RunState::isOver, WAIT)).isTrue();
        List<EpochMetrics> all = reference.mailbox().metricsSince(0);
        double best = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int stopEpoch = 0;
        for (EpochMetrics m : all) {
            if (m.validationLoss() < best) {
                best = m.validationLoss();
                bestEpoch = m.epoch();
            } else if (m.epoch() - bestEpoch >= patience) {
                stopEpoch = m.epoch();
                break;
            }
        }
        assertThat(stopEpoch).as("the validation loss turns up within the budget").isBetween(patience + 1, 79);

        TrainingRun run = run(new SoftmaxToyModel(200, 20, 2.0, 0.3, 11),
                sgd(2.0, 20, 80).withEarlyStopping(EarlyStopping.patience(patience)));
        run.start();
        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();

        assertThat(run.status().state()).isEqualTo(RunState.FINISHED);
        assertThat(run.status().epoch()).isEqualTo(stopEpoch);
        assertThat(run.mailbox().metricsCount()).isEqualTo(stopEpoch);
        assertThat(run.status().message()).isEqualTo("Stopped early at epoch " + stopEpoch
                + ": validation loss has not improved for " + patience + " epochs since epoch " + bestEpoch
                + " (" + Figures.loss(best) + "); restored the weights of epoch " + bestEpoch + ".");
        assertThat(run.evaluate(SplitName.VALIDATION).loss()).isCloseTo(best, within(1e-12));
        assertThat(run.mailbox().metricsSince(0).get(stopEpoch - 1).validationLoss()).isGreaterThan(best);
    }

    @Test
    void restoreBestPutsBackTheBestEpochAlsoWhenTheBudgetEndsFirst() throws Exception {
        TrainingRun reference = run(new SoftmaxToyModel(200, 20, 2.0, 0.3, 11), sgd(2.0, 20, 30));
        reference.start();
        assertThat(reference.awaitState(RunState::isOver, WAIT)).isTrue();
        EpochMetrics best = reference.mailbox().metricsSince(0).stream()
                .min(java.util.Comparator.comparingDouble(EpochMetrics::validationLoss)).orElseThrow();
        assertThat(best.epoch()).as("the best epoch is not the last").isLessThan(30);

        TrainingRun run = run(new SoftmaxToyModel(200, 20, 2.0, 0.3, 11),
                sgd(2.0, 20, 30).withEarlyStopping(EarlyStopping.patience(100)));
        run.start();
        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();

        assertThat(run.status().message()).isEqualTo("Finished 30 epochs. Restored the weights of epoch "
                + best.epoch() + ", the best validation loss (" + Figures.loss(best.validationLoss()) + ").");
        assertThat(run.evaluate(SplitName.VALIDATION).loss()).isCloseTo(best.validationLoss(), within(1e-12));
    }

    @Test
    void anExceptionFromTheModelFailsTheRunWithItsMessage() throws Exception {
        TrainingRun run = run(toy(0.1, 20).failingAt(5), sgd(0.1, 20, 5));

        run.start();

        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();
        assertThat(run.status().state()).isEqualTo(RunState.FAILED);
        assertThat(run.status().message())
                .isEqualTo("Training failed at epoch 1, batch 5: toy model broke on purpose at iteration 5");
        assertThat(run.status().iteration()).isEqualTo(4);
    }

    @Test
    void viewsAreThrottledButShowTheEndOfTheRun() throws Exception {
        SoftmaxToyModel model = toy(0.1, 20);
        TrainingRun run = run(model, sgd(0.1, 20, 30));

        run.start();
        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();

        List<String> taken = model.viewsTaken().stream().map(v -> v[0] + "@" + v[1]).toList();
        assertThat(taken).contains("30@300").doesNotHaveDuplicates();
        DecisionSurface surface = run.mailbox().surface().peek();
        assertThat(surface.epoch()).isEqualTo(30);
        assertThat(surface.rows()).isEqualTo(TrainingRun.SURFACE_SIZE);
        assertThat(surface.predictedClass(0, 99)).as("top right is class 1").isEqualTo(1);
        assertThat(surface.predictedClass(99, 0)).as("bottom left is class 0").isEqualTo(0);
    }

    @Test
    void requestedViewsArriveWithoutWaitingAlsoOnAPausedRun() throws Exception {
        SoftmaxToyModel model = toy(0.1, 20);
        TrainingRun run = run(model, sgd(0.1, 20, 5));
        run.stepBatch();
        assertThat(run.awaitState(s -> s == RunState.PAUSED, WAIT)).isTrue();
        run.mailbox().surface().take();

        run.requestViews();

        assertThat(run.awaitStatus(s -> run.mailbox().surface().peek() != null
                && model.viewsTaken().size() >= 2, WAIT)).isTrue();
        assertThat(run.mailbox().activations().peek().iteration()).isEqualTo(1);
        assertThat(run.status().state()).isEqualTo(RunState.PAUSED);
    }

    @Test
    void withViewsOffOnlyStatusAndMetricsArePublished() throws Exception {
        SoftmaxToyModel model = toy(0.1, 20);
        TrainingRun run = run(model, sgd(0.1, 20, 3));
        run.setViewsEnabled(false);

        run.start();
        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();

        assertThat(model.viewsTaken()).isEmpty();
        assertThat(run.mailbox().surface().peek()).isNull();
        assertThat(run.mailbox().metricsCount()).isEqualTo(3);
    }

    @Test
    void exportRunsOnTheWorkerAndIsRefusedWhileTraining(@TempDir Path dir) throws Exception {
        SoftmaxToyModel model = toy(0.05, 10);
        TrainingRun run = run(model, sgd(0.05, 10, 1_000_000));
        run.start();
        assertThat(run.awaitStatus(s -> s.iteration() > 0, WAIT)).isTrue();

        assertThatThrownBy(() -> run.exportModel(dir.resolve("busy.zip")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("pause or stop the run before exporting: it is training");

        run.pause();
        assertThat(run.awaitState(s -> s == RunState.PAUSED, WAIT)).isTrue();
        run.exportModel(dir.resolve("model.zip"));

        assertThat(Files.readString(dir.resolve("model.zip"))).startsWith("toy [");
        assertThat(model.exportThread()).isEqualTo(TrainingRun.THREAD_NAME);
        assertThat(run.predict(new float[][] {{2, 2}})[0][1]).isGreaterThan(0.5);
    }

    @Test
    void closeStopsTheRunAndClosesTheModel() throws Exception {
        SoftmaxToyModel model = toy(0.05, 10);
        TrainingRun run = run(model, sgd(0.05, 10, 1_000_000));
        run.start();
        assertThat(run.awaitStatus(s -> s.iteration() > 10, WAIT)).isTrue();

        run.close();

        assertThat(run.status().state()).isEqualTo(RunState.STOPPED);
        assertThat(model.isClosed()).isTrue();
        assertThatThrownBy(run::start).hasMessage("cannot start: the run is closed");
        assertThatThrownBy(() -> run.evaluate(SplitName.TRAIN)).hasMessage("the run is closed");
    }

    @Test
    void aFinishedRunRefusesToTrainOnButStillAnswers() throws Exception {
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 2));
        run.start();
        assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();

        assertThatThrownBy(run::resume).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot resume: the run is finished; reset it to train again");
        run.pause();
        run.stop();
        assertThat(run.status().state()).isEqualTo(RunState.FINISHED);
        assertThat(run.evaluate(SplitName.TRAIN).examples()).isEqualTo(200);
    }

    @Test
    void stoppingAReadyRunNeedsNoWorker() throws Exception {
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 2));
        assertThat(run.status()).isEqualTo(RunStatus.ready(2, 10));

        run.stop();

        assertThat(run.status().state()).isEqualTo(RunState.STOPPED);
        assertThat(run.awaitState(s -> s == RunState.RUNNING, Duration.ofMillis(50))).isFalse();
    }

    @Test
    void refreshViewsShowsTheUntrainedModel() {
        TrainingRun run = run(toy(0.1, 20), sgd(0.1, 20, 2));

        run.refreshViews();

        assertThat(run.mailbox().surface().take().epoch()).isZero();
        assertThat(run.mailbox().gradients().take()).as("no gradients before the first batch").isNull();
        assertThat(run.status().state()).isEqualTo(RunState.READY);
    }

    @Test
    void invalidSettingsAreRefusedWithTheValue() {
        assertThatThrownBy(() -> run(toy(0.1, 20), sgd(0.1, 20, 0)))
                .hasMessage("epochs must be at least 1, found 0");
        models.clear();
        assertThatThrownBy(() -> run(toy(0.1, 20), sgd(0.1, 20, 3).withEarlyStopping(new EarlyStopping(true, 0, true))))
                .hasMessage("early-stopping patience must be at least 1 epoch, found 0");
        models.clear();
    }
}
