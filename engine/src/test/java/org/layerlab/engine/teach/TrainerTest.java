package org.layerlab.engine.teach;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.Engine;
import org.layerlab.engine.InvalidProjectException;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.dl4j.Dl4jModels;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.TrainableModel;
import org.layerlab.engine.train.TrainingRun;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The synchronous runner trains exactly as the studio's run does, and comparisons start from the same weights. */
class TrainerTest {

    private static List<double[]> figures(List<EpochMetrics> series) {
        return series.stream().map(m -> new double[] {m.epoch(), m.iteration(), m.trainLoss(), m.trainAccuracy(),
                m.validationLoss(), m.validationAccuracy(), m.learningRate()}).toList();
    }

    private static RunResult train(Project project) throws Exception {
        return Trainer.run(project.name(), project, Engine.prepareData(project.dataset()), RunContext.headless(), 0);
    }

    @Test
    void theRunnerGivesTheSameCurvesAsTheStudiosTrainingRun() throws Exception {
        Project project = TeachProjects.smallMoons(8)
                .withTraining(TeachProjects.smallMoons(8).training().withEarlyStopping(EarlyStopping.patience(3)));
        RunResult mine = train(project);
        try (TrainingRun run = Engine.prepareRun(project)) {
            run.setViewsEnabled(false);
            run.start();
            assertThat(run.awaitState(RunState::isOver, Duration.ofMinutes(1))).isTrue();
            assertThat(figures(mine.series())).usingRecursiveComparison()
                    .isEqualTo(figures(run.mailbox().metricsSince(0)));
        }
    }

    @Test
    void twoIdenticalVariantsTrainToIdenticalCurves() throws Exception {
        Project base = TeachProjects.smallMoons(5);
        ComparisonResult result = Comparison.run(base, List.of(new Variant("a", base), new Variant("b", base)),
                RunContext.headless());
        assertThat(figures(result.variant("a").run().series())).usingRecursiveComparison()
                .isEqualTo(figures(result.variant("b").run().series()));
        assertThat(result.variant("b").differences()).isEmpty();
    }

    @Test
    void insertingADropoutLayerKeepsTheInitialWeights() throws Exception {
        Project base = TeachProjects.smallMoons(1);
        Project withDropout = ProjectEdit.insert("dense_1", "dropout_1", new DropoutSpec(0.5)).apply(base);
        PreparedData data = Engine.prepareData(base.dataset());
        try (TrainableModel a = Dl4jModels.create(base.graph(), base.training(), data);
             TrainableModel b = Dl4jModels.create(withDropout.graph(), withDropout.training(), data)) {
            assertThat(b.copyParameters()).containsExactly(a.copyParameters());
        }
    }

    @Test
    void earlyStoppingEndsTheRunAndRestoresTheBestEpoch() throws Exception {
        Project project = TeachProjects.smallMoons(200);
        project = project.withTraining(project.training().withLearningRate(0.05)
                .withEarlyStopping(EarlyStopping.patience(5)));
        RunResult result = train(project);
        assertThat(result.ending()).isEqualTo(RunEnding.STOPPED_EARLY);
        assertThat(result.series()).hasSizeLessThan(200);
        assertThat(result.series().size()).isEqualTo(result.bestEpoch() + 5);
        // The final weights are the best epoch's: their validation loss is that epoch's.
        assertThat(result.validation().loss()).isEqualTo(result.atEpoch(result.bestEpoch()).orElseThrow().validationLoss());
        EarlyStoppingTrace trace = EarlyStoppingTrace.of(result.series(), 5);
        assertThat(trace.stopEpoch()).isEqualTo(result.series().size());
        assertThat(trace.bestEpoch()).isEqualTo(result.bestEpoch());
        assertThat(trace.points().get(trace.points().size() - 1).epochsWithoutImprovement()).isEqualTo(5);
    }

    @Test
    void aHugeLearningRateEndsTheRunAsDiverged() throws Exception {
        Project project = TeachProjects.smallMoons(30);
        project = project.withTraining(project.training()
                .withOptimizer(org.layerlab.engine.train.Optimizer.SGD).withLearningRate(1e6));
        RunResult result = train(project);
        assertThat(result.ending()).isEqualTo(RunEnding.DIVERGED);
        assertThat(result.message()).contains("too high");
    }

    @Test
    void cancellingStopsBetweenMinibatches() {
        Project project = TeachProjects.smallMoons(50);
        Cancellation cancel = new Cancellation();
        RunListener cancelAfterTwoEpochs = new RunListener() {
            @Override
            public void epochDone(int index, String name, EpochMetrics metrics) {
                if (metrics.epoch() == 2) {
                    cancel.cancel();
                }
            }
        };
        RunContext context = RunContext.headless().withListener(cancelAfterTwoEpochs).withCancellation(cancel);
        assertThatThrownBy(() -> Trainer.run("x", project, Engine.prepareData(project.dataset()), context, 0))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aGraphThatDoesNotFitItsDataIsRefusedWithItsProblems() {
        Project base = TeachProjects.smallMoons(1);
        Project broken = ProjectEdit.setLayer("output_1", "units", 3).apply(base);
        assertThatThrownBy(() -> train(broken)).isInstanceOf(InvalidProjectException.class)
                .hasMessageContaining("output_1");
    }

    @Test
    void aFullRunCollectsGradientsHistogramsWeightsAndTheBoundary() throws Exception {
        Project project = TeachProjects.smallMoons(2);
        List<Integer> surfaces = new java.util.ArrayList<>();
        RunListener live = new RunListener() {
            @Override
            public void surfaceUpdated(int index, String name, org.layerlab.engine.train.DecisionSurface surface) {
                surfaces.add(surface.epoch());
            }
        };
        RunResult result = Trainer.run("full", project, Engine.prepareData(project.dataset()),
                RunContext.headless().withOptions(RunOptions.full()).withListener(live), 0);
        assertThat(surfaces).containsExactly(1, 2);
        assertThat(result.firstEpochGradients()).extracting(g -> g.nodeId())
                .containsExactly("dense_1", "dense_2", "output_1");
        assertThat(result.firstLayerGradientNorm()).isPositive();
        assertThat(result.initialActivations().layers()).isNotEmpty();
        assertThat(result.finalActivations().layers()).isNotEmpty();
        assertThat(result.weights().count()).isEqualTo(2 * 16 + 16 + 16 * 16 + 16 + 16 * 2 + 2);
        assertThat(result.surface().rows()).isEqualTo(100);
    }

    @Test
    void aCachedRunIsReusedUnderItsNewNameWhateverTheProjectIsCalled() throws Exception {
        Project base = TeachProjects.smallMoons(3);
        RunCache cache = new RunCache(8);
        RunContext context = RunContext.headless().withCache(cache);
        RunResult first = Comparison.run(base, List.of(new Variant("first", base)), context).variant("first").run();
        ComparisonResult again = Comparison.run(base, List.of(new Variant("again", base.withName("renamed")),
                new Variant("other seed", base.withTraining(base.training().withSeed(7)))), context);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(again.variant("again").run().name()).isEqualTo("again");
        assertThat(again.variant("again").run().series()).isEqualTo(first.series());
        assertThat(again.variant("other seed").run().series()).isNotEqualTo(first.series());
    }
}
