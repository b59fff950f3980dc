package org.layerlab.app.explorers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.layerlab.app.views.PlotSeries;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.teach.BiasVariance;

class ExplorersViewModelTest {

    @Test
    void theNotesScheduleGivesTheirFiguresAtEpochsOneAndThirtyNine() {
        ExplorersViewModel m = new ExplorersViewModel();
        assertThat(m.scheduleProperty().get().rateAt(1)).isCloseTo(0.00836, within(5e-6));
        assertThat(m.scheduleProperty().get().rateAt(39)).isCloseTo(0.00116, within(5e-6));
    }

    @Test
    void reluComposedWithItselfIsReluWhileSigmoidSquashes() {
        ExplorersViewModel m = new ExplorersViewModel();
        m.activationProperty().set(Activation.RELU);
        PlotSeries once = m.activationSeries().get(0);
        PlotSeries thrice = m.activationSeries().get(2);
        assertThat(thrice.y()).containsExactly(once.y());
        assertThat(thrice.name()).isEqualTo("relu(relu(relu(x)))");
        m.activationProperty().set(Activation.SIGMOID);
        PlotSeries s3 = m.activationSeries().get(2);
        double spread = s3.y()[s3.count() - 1] - s3.y()[0];
        assertThat(spread).isLessThan(0.2);
    }

    @Test
    void typedPercentagesGiveTheNotesVerdicts() {
        ExplorersViewModel m = new ExplorersViewModel();
        m.diagnose("1", "11", "");
        assertThat(m.diagnosisProperty().get().verdict()).isEqualTo(BiasVariance.Verdict.HIGH_VARIANCE);
        m.diagnose("15", "30", "0");
        assertThat(m.diagnosisProperty().get().verdict()).isEqualTo(BiasVariance.Verdict.HIGH_BIAS_AND_VARIANCE);
        m.diagnose("x", "30", "");
        assertThat(m.diagnosisProperty().get()).isNull();
        assertThat(m.errorProperty().get()).contains("'x'");
    }
}
