package org.layerlab.app.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.data.SampleData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;

class CompareViewModelTest {

    private static Project smallMoons() throws Exception {
        Project p = ProjectFile.read(SampleData.resolve("projects/moons.json"));
        return p.withTraining(p.training().withEpochs(3)).withDataset(p.dataset().withSamples(120));
    }

    private static CompareViewModel model() throws Exception {
        return new CompareViewModel(smallMoons(), Runnable::run, Runnable::run, FrameLoop.manual());
    }

    @Test
    void startsWithTheBaseAsItIsAndListsWhatAVariantChanges() throws Exception {
        CompareViewModel m = model();
        assertThat(m.variants()).extracting(CompareViewModel.VariantRow::name).containsExactly("original");
        assertThat(m.addVariant(VariantEdit.UNITS, "dense_1", "64")).isTrue();
        assertThat(m.variants().get(1).differences()).containsExactly("dense_1: units 16 -> 64");
    }

    @Test
    void aBadValueIsRefusedNamingIt() throws Exception {
        CompareViewModel m = model();
        assertThat(m.addVariant(VariantEdit.ADD_DROPOUT, "dense_1", "1.5")).isFalse();
        assertThat(m.errorProperty().get()).contains("dropout rate").contains("1.5");
        assertThat(m.addVariant(VariantEdit.OPTIMIZER, null, "adabelief")).isFalse();
        assertThat(m.errorProperty().get()).contains("adabelief");
        assertThat(m.variants()).hasSize(1);
    }

    @Test
    void runTrainsEveryVariantWithTheSameEpochsAndKeepsTheirCurves() throws Exception {
        CompareViewModel m = model();
        m.addVariant(VariantEdit.ADD_DROPOUT, "dense_1", "0.5");
        m.run();
        assertThat(m.resultProperty().get().variants()).hasSize(2);
        assertThat(m.progressProperty().get().runs()).allSatisfy(r -> assertThat(r.series()).hasSize(3));
        assertThat(CurveSeries.loss(m.progressProperty().get().runs())).hasSize(4)
                .allSatisfy(s -> assertThat(s.count()).isEqualTo(3));
        assertThat(m.pointsProperty().get().xy()).isNotEmpty();
        assertThat(m.job().runningProperty().get()).isFalse();
        assertThat(m.job().statusProperty().get()).isEqualTo("Finished");
    }
}
