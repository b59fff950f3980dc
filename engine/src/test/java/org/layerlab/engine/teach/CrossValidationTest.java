package org.layerlab.engine.teach;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.EarlyStopping;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/** Holdout, K-fold and iterated K-fold: the folds, their spread, and the final model on all non-test data. */
class CrossValidationTest {

    /** Small moons, 150 points: 20 % test, the rest for the folds. */
    private final Project project = TeachProjects.smallMoons(3).withDataset(
            TeachProjects.smallMoons(3).dataset().withSamples(150).withRatios(0.6, 0.2, 0.2));

    @Test
    void kFoldTrainsOneModelPerFoldThenTheFinalModelOnEveryNonTestExample() throws Exception {
        CrossValidationResult r = CrossValidation.run(project, ValidationPlan.kFold(3), RunContext.headless());
        assertThat(r.folds()).extracting(f -> f.run().name()).containsExactly("fold 1", "fold 2", "fold 3");
        assertThat(r.folds()).allSatisfy(f -> assertThat(f.run().validation().examples()).isEqualTo(40));
        double[] accuracies = r.folds().stream().mapToDouble(FoldResult::validationAccuracy).toArray();
        assertThat(r.validationAccuracy().mean()).isCloseTo(Arrays.stream(accuracies).average().orElseThrow(),
                offset(1e-12));
        assertThat(r.validationAccuracy().count()).isEqualTo(3);
        assertThat(r.finalModel().train().examples()).isEqualTo(120);
        assertThat(r.finalModel().validation().examples()).isZero();
        assertThat(r.finalModel().test().examples()).isEqualTo(30);
        assertThat(r.finalModel().test().accuracy()).isBetween(0.0, 1.0);
        assertThat(r.finalEpochs()).isEqualTo(3);
    }

    @Test
    void iteratedKFoldTrainsPTimesKModels() throws Exception {
        CrossValidationResult r = CrossValidation.run(project, ValidationPlan.iterated(2, 2), RunContext.headless());
        assertThat(r.folds()).extracting(f -> f.run().name())
                .containsExactly("round 1, fold 1", "round 1, fold 2", "round 2, fold 1", "round 2, fold 2");
        assertThat(r.plan().models()).isEqualTo(4);
    }

    @Test
    void holdoutTrainsOnTheProjectsOwnSplit() throws Exception {
        CrossValidationResult r = CrossValidation.run(project, ValidationPlan.holdout(), RunContext.headless());
        assertThat(r.folds()).hasSize(1);
        assertThat(r.folds().get(0).run().validation().examples()).isEqualTo(30);
        assertThat(r.validationAccuracy().std()).isZero();
    }

    @Test
    void underEarlyStoppingTheFinalModelTrainsTheFoldsMeanBestEpoch() throws Exception {
        Project es = project.withTraining(project.training().withEpochs(40).withEarlyStopping(EarlyStopping.patience(2)));
        CrossValidationResult r = CrossValidation.run(es, ValidationPlan.kFold(2), RunContext.headless());
        double mean = r.folds().stream().mapToInt(f -> f.run().bestEpoch()).average().orElseThrow();
        assertThat(r.finalEpochs()).isEqualTo((int) Math.round(mean));
        assertThat(r.finalModel().series()).hasSize(r.finalEpochs());
    }

    @Test
    void theSpreadIsThePopulationStandardDeviationLeavingOutNaN() {
        Spread s = Spread.of(new double[] {0.8, 0.9, Double.NaN, 1.0});
        assertThat(s.mean()).isCloseTo(0.9, offset(1e-12));
        assertThat(s.std()).isCloseTo(Math.sqrt(0.02 / 3), offset(1e-12));
        assertThat(s.missing()).isEqualTo(1);
    }

    @Test
    void badPlansAreRefusedNamingTheValue() {
        assertThatThrownBy(() -> ValidationPlan.kFold(1)).hasMessage("folds must be 2..20, found 1");
        assertThatThrownBy(() -> ValidationPlan.iterated(3, 0)).hasMessage("repetitions must be 1..100, found 0");
    }
}
