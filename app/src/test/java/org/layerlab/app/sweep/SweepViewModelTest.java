package org.layerlab.app.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.teach.SweepParameter;

class SweepViewModelTest {

    private static SweepViewModel model() throws Exception {
        Project p = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        p = p.withTraining(p.training().withEpochs(3)).withDataset(p.dataset().withSamples(120));
        return new SweepViewModel(p, Runnable::run, Runnable::run, FrameLoop.manual());
    }

    @Test
    void lambdaStartsWithTheNotesLogScaleOnALogAxis() throws Exception {
        SweepViewModel m = model();
        assertThat(m.valuesProperty().get()).startsWith("0, 0.01, 0.02, 0.04").endsWith("10.24");
        assertThat(m.logScale()).isTrue();
        m.parameterProperty().set(SweepParameter.HIDDEN_UNITS);
        assertThat(m.logScale()).isFalse();
        assertThat(m.layersFor(SweepParameter.HIDDEN_UNITS)).containsExactly(SweepViewModel.ALL_LAYERS, "dense_1",
                "dense_2");
    }

    @Test
    void valuesThatAreNotNumbersAreRefusedNamingThem() throws Exception {
        assertThatThrownBy(() -> SweepViewModel.parse("0.1, abc")).hasMessageContaining("'abc'");
        SweepViewModel m = model();
        m.valuesProperty().set("0.1, -1");
        m.run();
        assertThat(m.errorProperty().get()).contains("-1");
        assertThat(m.points()).isEmpty();
    }

    @Test
    void runGivesOnePointPerValueAndMarksTheLowestFinalValidationLoss() throws Exception {
        SweepViewModel m = model();
        m.valuesProperty().set("0, 0.01, 1");
        m.run();
        assertThat(m.points()).hasSize(3);
        int best = m.bestIndexProperty().get();
        assertThat(best).isBetween(0, 2);
        double bestLoss = m.points().get(best).finalValidationLoss();
        assertThat(m.points()).allSatisfy(p -> assertThat(p.finalValidationLoss()).isGreaterThanOrEqualTo(bestLoss));
    }
}
