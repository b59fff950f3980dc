package org.layerlab.engine.teach;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.teach.BiasVariance.Diagnosis;
import org.layerlab.engine.teach.BiasVariance.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

/** The notes' bias/variance table gives the notes' answers. */
class BiasVarianceTest {

    @Test
    void theNotesTableGivesTheNotesVerdicts() {
        for (BiasVariance.Example row : BiasVariance.notesTable()) {
            Diagnosis d = BiasVariance.diagnose(row.trainError(), row.validationError(), 0.0);
            assertThat(d.verdict()).as(row.toString()).isEqualTo(row.notesVerdict());
        }
    }

    @Test
    void highVarianceSuggestsMoreDataAndRegularization() {
        Diagnosis d = BiasVariance.diagnose(0.01, 0.11, 0.0);
        assertThat(d.highVariance()).isTrue();
        assertThat(d.highBias()).isFalse();
        assertThat(d.variance()).isCloseTo(0.10, offset(1e-12));
        assertThat(d.recipe()).containsExactlyElementsOf(BiasVariance.VARIANCE_RECIPE);
        assertThat(d.explanation()).startsWith("Avoidable bias = training error - human-level error = 1 % - 0 % = "
                + "1 percentage point (at most 2 percentage points: low). Variance = validation error - training error"
                + " = 11 % - 1 % = 10 percentage points (above 2 percentage points: high).");
    }

    @Test
    void bothProblemsGiveBothRecipesWithoutRepeats() {
        Diagnosis d = BiasVariance.diagnose(0.15, 0.30, 0.0);
        assertThat(d.recipe()).startsWith(BiasVariance.BIAS_RECIPE.toArray(String[]::new))
                .contains("Regularize: L2, L1, dropout, early stopping (regularização)")
                .doesNotHaveDuplicates();
    }

    @Test
    void aHighHumanErrorMeansTheTrainingErrorIsNotBias() {
        // 15 % training error is fine when people themselves get 14 % wrong.
        assertThat(BiasVariance.diagnose(0.15, 0.16, 0.14).verdict()).isEqualTo(Verdict.LOW_BIAS_AND_VARIANCE);
        Diagnosis unknown = BiasVariance.diagnose(0.15, 0.16, Double.NaN);
        assertThat(unknown.verdict()).isEqualTo(Verdict.HIGH_BIAS);
        assertThat(unknown.explanation()).endsWith("taken as 0 %: all the training error counts as avoidable bias.");
    }

    @Test
    void errorsOutsideZeroToOneAreRefused() {
        assertThatThrownBy(() -> BiasVariance.diagnose(11, 0.2, 0))
                .hasMessage("training error must be a fraction 0..1 (0.01 = 1 %), found 11.0");
    }
}
