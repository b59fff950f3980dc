package org.layerlab.app.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.teach.CrossValidationResult;
import org.layerlab.engine.teach.ValidationPlan;

class ValidationViewModelTest {

    private static ValidationViewModel model() throws Exception {
        Project p = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        p = p.withTraining(p.training().withEpochs(3)).withDataset(p.dataset().withSamples(150)
                .withRatios(0.6, 0.2, 0.2));
        return new ValidationViewModel(p, Runnable::run, Runnable::run, FrameLoop.manual());
    }

    @Test
    void kFoldWithThreeFoldsGivesThreeRowsAndTheirMeanAndStd() throws Exception {
        ValidationViewModel m = model();
        m.methodProperty().set(ValidationPlan.Method.K_FOLD);
        m.foldsProperty().set(3);
        m.run();

        CrossValidationResult r = m.resultProperty().get();
        assertThat(m.errorProperty().get()).isEmpty();
        assertThat(r).isNotNull();
        assertThat(r.folds()).hasSize(3);
        assertThat(r.folds()).allSatisfy(f -> assertThat(f.run().series()).hasSize(3));
        assertThat(m.rows()).hasSize(3);

        double[] losses = m.rows().stream().mapToDouble(ValidationViewModel.FoldRow::validationLoss).toArray();
        double[] accuracies = m.rows().stream().mapToDouble(ValidationViewModel.FoldRow::validationAccuracy)
                .toArray();
        double mean = Arrays.stream(losses).average().orElseThrow();
        double std = Math.sqrt(Arrays.stream(losses).map(v -> (v - mean) * (v - mean)).sum() / losses.length);
        assertThat(r.validationLoss().mean()).isCloseTo(mean, within(1e-9));
        assertThat(r.validationLoss().std()).isCloseTo(std, within(1e-9));
        assertThat(r.validationAccuracy().mean()).isCloseTo(Arrays.stream(accuracies).average().orElseThrow(),
                within(1e-9));
        assertThat(m.spreadProperty().get()).startsWith("Mean ± std").contains(" ± ").contains("over 3 models");
        assertThat(m.finalModelProperty().get()).contains("test loss").contains("test accuracy");
        assertThat(r.finalModel().test().loss()).isFinite();
    }

    @Test
    void liveProgressGivesOneSeriesPerFoldWithoutTheFinalModel() throws Exception {
        ValidationViewModel m = model();
        m.foldsProperty().set(3);
        // A frame loop that keeps the drain so the test can call it after the run, as the window's timer would.
        Runnable[] drain = new Runnable[1];
        ValidationViewModel live = new ValidationViewModel(m.baseProperty().get(), Runnable::run, r -> { },
                new FrameLoop() {
                    @Override
                    public void start(Runnable perFrame) {
                        drain[0] = perFrame;
                    }

                    @Override
                    public void stop() {
                    }
                });
        live.foldsProperty().set(3);
        live.run();
        drain[0].run();
        assertThat(live.foldSeriesProperty().get()).hasSize(3)
                .allSatisfy(f -> assertThat(f.series()).hasSize(3));
        assertThat(live.rows()).hasSize(3);
        assertThat(live.spreadProperty().get()).contains("over 3 models");
    }

    @Test
    void withoutATestSplitTheFinalModelSaysSoInsteadOfShowingNaN() throws Exception {
        ValidationViewModel m = model();
        Project p = m.baseProperty().get();
        m.setBase(p.withDataset(p.dataset().withRatios(0.7, 0.3, 0.0)));
        m.methodProperty().set(ValidationPlan.Method.HOLDOUT);
        m.run();
        assertThat(m.rows()).hasSize(1);
        assertThat(m.finalModelProperty().get()).contains("no test split").doesNotContain("NaN");
    }

    @Test
    void aBadFoldCountIsRefusedNamingIt() throws Exception {
        ValidationViewModel m = model();
        m.foldsProperty().set(1);
        m.run();
        assertThat(m.errorProperty().get()).contains("folds").contains("1");
        assertThat(m.rows()).isEmpty();
    }
}
