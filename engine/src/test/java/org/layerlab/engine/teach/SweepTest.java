package org.layerlab.engine.teach;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sweeps: the notes' lambdas, where each value goes, and the best value marked. */
class SweepTest {

    private final Project base = TeachProjects.smallMoons(4);

    @Test
    void theNotesLambdasDoubleFromZeroPointZeroOneToTenPointTwoFour() {
        assertThat(SweepSpec.notesLambdas()).containsExactly(0.0, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28,
                2.56, 5.12, 10.24);
    }

    @Test
    void anL2SweepOnEveryLayerSetsTheTrainingDefaultAndClearsEachDenseOwnPenalty() {
        Project withOwn = ProjectEdit.setLayer("dense_1", "l2", 0.5).apply(base);
        Project p = new SweepSpec(SweepParameter.L2, null, List.of(0.04)).apply(withOwn, 0.04);
        assertThat(p.training().l2()).isEqualTo(0.04);
        assertThat(((DenseSpec) p.graph().require("dense_1").spec()).l2()).isZero();
        Project zero = new SweepSpec(SweepParameter.L2, null, List.of(0.0)).apply(withOwn, 0.0);
        assertThat(zero.training().l2()).isZero();
    }

    @Test
    void anL2SweepOnOneLayerLeavesTheOthersAlone() {
        Project p = new SweepSpec(SweepParameter.L2, "dense_2", List.of(0.1)).apply(base, 0.1);
        assertThat(((DenseSpec) p.graph().require("dense_2").spec()).l2()).isEqualTo(0.1);
        assertThat(((DenseSpec) p.graph().require("dense_1").spec()).l2()).isZero();
        Project withDefault = base.withTraining(base.training().withPenalties(0, 0.01));
        assertThatThrownBy(() -> new SweepSpec(SweepParameter.L2, "dense_2", List.of(0.0)).apply(withDefault, 0.0))
                .hasMessage("lambda 0 on 'dense_2' would fall back to the training default 0.01; sweep every layer"
                        + " (no node) instead");
    }

    @Test
    void layerSweepsNeedTheRightKindOfLayer() {
        Project withDropout = ProjectEdit.insert("dense_1", "dropout_1", new DropoutSpec(0.5)).apply(base);
        Project p = new SweepSpec(SweepParameter.DROPOUT_RATE, null, List.of(0.2)).apply(withDropout, 0.2);
        assertThat(((DropoutSpec) p.graph().require("dropout_1").spec()).rate()).isEqualTo(0.2);
        assertThatThrownBy(() -> new SweepSpec(SweepParameter.DROPOUT_RATE, null, List.of(0.2)).apply(base, 0.2))
                .hasMessage("the graph has no Dropout layer (selector 'all:dropout')");
        assertThatThrownBy(() -> new SweepSpec(SweepParameter.HIDDEN_UNITS, "output_1", List.of(8.0)).apply(base, 8))
                .hasMessage("a units sweep needs a Dense layer, but 'output_1' is Output");
        assertThatThrownBy(() -> new SweepSpec(SweepParameter.DROPOUT_RATE, null, List.of(1.0)).apply(withDropout, 1))
                .hasMessage("dropout rate must be 0 up to (not including) 1, found 1");
    }

    @Test
    void dataSweepsChangeTheKnobs() {
        Project p = new SweepSpec(SweepParameter.TRAINING_SIZE, null, List.of(50.0)).apply(base, 50);
        assertThat(p.dataset().knobs().trainingSize()).isEqualTo(50);
        Project q = new SweepSpec(SweepParameter.LABEL_NOISE, null, List.of(0.1)).apply(base, 0.1);
        assertThat(q.dataset().knobs().labelNoise()).isEqualTo(0.1);
        assertThat(new SweepSpec(SweepParameter.TRAINING_SIZE, null, List.of(50.0)).label(50))
                .isEqualTo("training examples = 50");
    }

    @Test
    void theBestValueHasTheLowestFinalValidationLossAndEveryPointKeepsItsSeries() throws Exception {
        SweepResult result = Sweep.run(base, new SweepSpec(SweepParameter.HIDDEN_UNITS, null, List.of(1.0, 16.0)),
                RunContext.headless());
        assertThat(result.points()).extracting(SweepPoint::label)
                .containsExactly("hidden units = 1", "hidden units = 16");
        assertThat(result.bestIndex()).isEqualTo(1);
        assertThat(result.best().finalValidationLoss()).isLessThan(result.points().get(0).finalValidationLoss());
        assertThat(result.points()).allSatisfy(p -> assertThat(p.run().series()).hasSize(4));
    }

    @Test
    void equalValuesGiveEqualRunsBecauseTheSeedAndDataAreShared() throws Exception {
        SweepResult result = Sweep.run(base, new SweepSpec(SweepParameter.LEARNING_RATE, null, List.of(0.01, 0.01)),
                RunContext.headless());
        assertThat(result.points().get(0).run().series().stream().map(m -> m.validationLoss()).toList())
                .isEqualTo(result.points().get(1).run().series().stream().map(m -> m.validationLoss()).toList());
    }
}
