package org.layerlab.engine;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.RunState;
import org.layerlab.engine.train.SplitName;
import org.layerlab.engine.train.TrainingRun;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises about the sample projects, trained for real through {@link Engine} and DL4J
 * with the projects' own fixed seeds.
 */
class SampleProjectsTrainTest {

    private static Project sample(String name) throws Exception {
        return ProjectFile.read(SampleData.resolve("projects/" + name));
    }

    /** Trains to the end with views off; returns the run (finished, still open for evaluation). */
    private static TrainingRun trainToTheEnd(Project project) throws Exception {
        TrainingRun run = Engine.prepareRun(project);
        run.setViewsEnabled(false);
        run.start();
        assertThat(run.awaitState(RunState::isOver, Duration.ofMinutes(3))).as("finishes in time").isTrue();
        assertThat(run.status().state()).as(run.status().message()).isEqualTo(RunState.FINISHED);
        return run;
    }

    @Test
    void everySampleProjectIsValidAgainstItsData() throws Exception {
        for (String name : List.of("xor-linear.json", "xor-hidden.json", "moons.json", "mnist-mlp.json",
                "playground.json")) {
            assertThat(Engine.validate(sample(name))).as(name).isEmpty();
        }
    }

    @Test
    void xorWithoutAHiddenLayerStaysAtOrBelowSeventyFivePercent() throws Exception {
        try (TrainingRun run = trainToTheEnd(sample("xor-linear.json"))) {
            List<EpochMetrics> metrics = run.mailbox().metricsSince(0);
            assertThat(metrics).hasSize(run.project().training().epochs());
            assertThat(metrics).allSatisfy(m -> {
                assertThat(m.trainAccuracy()).isLessThanOrEqualTo(0.75);
                assertThat(m.validationAccuracy()).isLessThanOrEqualTo(0.75);
            });
        }
    }

    @Test
    void xorWithAHiddenLayerReachesOneHundredPercent() throws Exception {
        try (TrainingRun run = trainToTheEnd(sample("xor-hidden.json"))) {
            assertThat(run.evaluate(SplitName.TRAIN).accuracy()).isEqualTo(1.0);
            assertThat(run.evaluate(SplitName.VALIDATION).accuracy()).isEqualTo(1.0);
        }
    }

    @Test
    void moonsPassesNinetyFivePercentOnValidation() throws Exception {
        try (TrainingRun run = trainToTheEnd(sample("moons.json"))) {
            Evaluation validation = run.evaluate(SplitName.VALIDATION);
            assertThat(validation.examples()).isEqualTo(300);
            assertThat(validation.accuracy()).isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void mnistMlpPassesNinetyPercentOnTheTestDigitsWithinFiveEpochs() throws Exception {
        Project project = sample("mnist-mlp.json");
        assertThat(project.training().epochs()).isLessThanOrEqualTo(5);
        try (TrainingRun run = trainToTheEnd(project)) {
            Evaluation test = run.evaluate(SplitName.TEST);
            assertThat(test.examples()).isEqualTo(2000);
            assertThat(test.accuracy()).isGreaterThanOrEqualTo(0.90);
        }
    }
}
