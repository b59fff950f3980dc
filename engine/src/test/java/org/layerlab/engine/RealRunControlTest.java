package org.layerlab.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.dl4j.LoadedModel;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.graph.WeightInit;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.Optimizer;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.RunStatus;
import org.layerlab.engine.train.TrainingConfig;
import org.layerlab.engine.train.TrainingRun;
import org.layerlab.engine.train.ViewCosts;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The run's controls driven from another thread against a real DL4J network. */
class RealRunControlTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static Project moons() throws Exception {
        return ProjectFile.read(SampleData.resolve("projects/moons.json"));
    }

    @Test
    void aRealRunCanBePausedSteppedAndStoppedFromAnotherThread() throws Exception {
        Project project = moons();
        try (TrainingRun run = Engine.prepareRun(project.withTraining(project.training().withEpochs(1000)))) {
            assertThat(run.status().state()).isEqualTo(RunState.READY);
            int batches = run.status().batchesPerEpoch();

            run.start();
            assertThat(run.awaitStatus(s -> s.iteration() >= 5, WAIT)).isTrue();
            run.pause();
            assertThat(run.awaitState(s -> s == RunState.PAUSED, WAIT)).isTrue();
            long paused = run.status().iteration();
            assertThat(run.awaitStatus(s -> s.iteration() != paused, Duration.ofMillis(300))).isFalse();

            run.stepBatch();
            assertThat(run.awaitStatus(s -> s.state() == RunState.PAUSED && s.iteration() == paused + 1, WAIT))
                    .isTrue();
            run.stepEpoch();
            assertThat(run.awaitStatus(s -> s.state() == RunState.PAUSED && s.batch() == 0, WAIT)).isTrue();
            RunStatus afterEpoch = run.status();
            assertThat(afterEpoch.iteration() % batches).isZero();
            assertThat(run.mailbox().metricsCount()).isEqualTo(afterEpoch.epoch());

            DecisionSurface surface = run.mailbox().surface().peek();
            assertThat(surface).isNotNull();
            assertThat(surface.rows()).isEqualTo(100);
            assertThat(surface.epoch()).isEqualTo(afterEpoch.epoch());
            assertThat(run.mailbox().activations().peek().layers()).isNotEmpty();
            // Computed on the view thread, from the parameters the run paused with.
            assertThat(run.viewCosts().thread(ViewCosts.Part.SURFACE)).isEqualTo("layerlab-views");
            for (int[] cell : new int[][]{{0, 0}, {50, 50}, {99, 20}, {10, 90}}) {
                float[][] point = {{(float) surface.xAt(cell[1]), (float) surface.yAt(cell[0])}};
                double[] predicted = run.predict(point)[0];
                for (int c = 0; c < predicted.length; c++) {
                    assertThat(surface.probability(cell[0], cell[1], c)).isCloseTo(predicted[c], within(1e-5));
                }
            }

            run.resume();
            assertThat(run.awaitStatus(s -> s.iteration() > afterEpoch.iteration() + 3, WAIT)).isTrue();
            run.stop();
            assertThat(run.awaitState(s -> s == RunState.STOPPED, WAIT)).isTrue();
        }
    }

    @Test
    void aHugeSgdLearningRateMakesTheLossNanAndPausesTheRunWithTheReason() throws Exception {
        Project project = moons();
        TrainingConfig explosive = project.training().withOptimizer(Optimizer.SGD).withLearningRate(1e6);
        try (TrainingRun run = Engine.prepareRun(project.withTraining(explosive))) {
            run.start();

            assertThat(run.awaitState(s -> s != RunState.RUNNING, WAIT)).isTrue();
            RunStatus status = run.status();
            assertThat(status.state()).isEqualTo(RunState.PAUSED);
            assertThat(status.message())
                    .matches("Loss became NaN at epoch \\d+, batch \\d+ \\(learning rate 1000000 with sgd\\): "
                            + "the updates overshoot and the weights blow up\\. Lower the learning rate, then Reset\\.");
        }
    }

    @Test
    void aGraphThatDoesNotFitItsDataIsRefusedWithEveryProblem() {
        ModelGraph graph = ModelGraph.chain(new InputSpec(2),
                new DenseSpec(0, Activation.RELU, WeightInit.HE_NORMAL, 0, 0, true),
                new OutputSpec(1, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
        Project project = new Project("broken", "", graph, DatasetSpec.defaultsFor(DatasetKind.MOONS),
                TrainingConfig.defaults());

        assertThatThrownBy(() -> Engine.prepareRun(project))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> {
                    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(e.getMessage()).startsWith("project 'broken' cannot be trained: ")
                            .contains("dense_1: units must be 1..4096, found 0");
                });
    }

    @Test
    void anExportedRunReloadsThroughTheEngineAndPredictsTheSame(@TempDir Path dir) throws Exception {
        Project project = moons();
        Path zip = dir.resolve("moons.zip");
        float[][] points = {{0.0f, 0.5f}, {1.0f, -0.4f}, {-0.8f, 0.7f}, {2.0f, 0.1f}};
        double[][] expected;
        try (TrainingRun run = Engine.prepareRun(project.withTraining(project.training().withEpochs(3)))) {
            run.setViewsEnabled(false);
            run.start();
            assertThat(run.awaitState(RunState::isOver, WAIT)).isTrue();
            run.exportModel(zip);
            expected = run.predict(points);
        }

        try (LoadedModel loaded = Engine.loadModel(zip)) {
            double[][] actual = loaded.predict(points);
            for (int i = 0; i < points.length; i++) {
                assertThat(actual[i]).containsExactly(expected[i], within(1e-6));
            }
            assertThat(loaded.project().graph()).isEqualTo(project.graph());
        }
    }

    @Test
    void theBackendIsNamedAndTheVersionIsKnown() {
        assertThat(Engine.backend()).isNotBlank();
        assertThat(Engine.version()).isNotBlank();
    }
}
