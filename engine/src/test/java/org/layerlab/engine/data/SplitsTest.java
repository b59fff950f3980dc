package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitsTest {

    @Test
    void partsAreDisjointCoverEverythingAndMatchTheRatios() {
        Dataset moons = new MoonsGenerator().generate(1000, 0.2, 1);
        Splits.Indices idx = Splits.indices(moons, 0.6, 0.25, 0.15, 42);
        assertThat(idx.train()).hasSize(600);
        assertThat(idx.validation()).hasSize(250);
        assertThat(idx.test()).hasSize(150);
        Set<Integer> all = new HashSet<>();
        for (int[] part : List.of(idx.train(), idx.validation(), idx.test())) {
            for (int row : part) {
                assertThat(all.add(row)).as("row %d appears twice", row).isTrue();
            }
        }
        assertThat(all).hasSize(1000).containsAll(IntStream.range(0, 1000).boxed().toList());
    }

    @Test
    void stratificationKeepsTheClassProportionsInEveryPart() {
        // 900 of class 0, 100 of class 1.
        int[] labels = new int[1000];
        Arrays.fill(labels, 900, 1000, 1);
        Dataset skewed = Dataset.classification("skewed", new float[1000][1], labels, List.of("a", "b"), List.of("x"));
        Splits.Split split = Splits.holdout(skewed, 0.7, 0.2, 0.1, 3);
        assertThat(count(split.train(), 1)).isEqualTo(70);
        assertThat(count(split.validation(), 1)).isEqualTo(20);
        assertThat(count(split.test(), 1)).isEqualTo(10);
        assertThat(split.train().size()).isEqualTo(700);
    }

    @Test
    void smallPartsStillGetEveryClass() {
        // Three classes of 4, 4 and 3 examples; 10 % validation would round to one example in all.
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2};
        Dataset tiny = Dataset.classification("tiny", new float[11][1], labels, List.of("a", "b", "c"), List.of("x"));
        Splits.Split split = Splits.holdout(tiny, 0.8, 0.1, 0.1, 5);
        for (int c = 0; c < 3; c++) {
            assertThat(count(split.train(), c)).as("train class %d", c).isPositive();
            assertThat(count(split.validation(), c)).as("validation class %d", c).isPositive();
            assertThat(count(split.test(), c)).as("test class %d", c).isPositive();
        }
    }

    @Test
    void partsAreShuffledNotGroupedByClass() {
        Dataset moons = new MoonsGenerator().generate(400, 0.1, 1);
        Splits.Split split = Splits.holdout(moons, 0.7, 0.3, 0, 8);
        int[] first = Arrays.copyOf(split.train().labels(), 20);
        assertThat(first).contains(0, 1);
        assertThat(split.test().size()).isZero();
        assertThat(split.test().featureCount()).isEqualTo(2);
    }

    @Test
    void theSeedDecidesTheSplit() {
        Dataset xor = new XorGenerator().generate(300, 0.1, 1);
        assertThat(Splits.indices(xor, 0.7, 0.3, 0, 1).train()).containsExactly(Splits.indices(xor, 0.7, 0.3, 0, 1).train());
        assertThat(Splits.indices(xor, 0.7, 0.3, 0, 1).train()).isNotEqualTo(Splits.indices(xor, 0.7, 0.3, 0, 2).train());
    }

    @Test
    void regressionSetsAreSplitByRatioToo() {
        Dataset sine = new RegressionGenerator().generate(200, 0.1, 1);
        Splits.Split split = Splits.holdout(sine, 0.5, 0.3, 0.2, 1);
        assertThat(split.train().size()).isEqualTo(100);
        assertThat(split.validation().size()).isEqualTo(60);
        assertThat(split.test().size()).isEqualTo(40);
        assertThat(split.test().isClassification()).isFalse();
    }

    @Test
    void trainNeverGoesEmpty() {
        int[] labels = {0, 1};
        Dataset two = Dataset.classification("two", new float[2][1], labels, List.of("a", "b"), List.of("x"));
        Splits.Split split = Splits.holdout(two, 0.01, 0.49, 0.5, 1);
        assertThat(split.train().size()).isEqualTo(2);
    }

    @Test
    void invalidRatiosAreRefusedShowingTheNumbers() {
        assertThat(Splits.ratioProblem(0.7, 0.2, 0.2)).isEqualTo("ratios must add up to 1, found 0.7 + 0.2 + 0.2 = 1.1");
        assertThat(Splits.ratioProblem(0, 0.5, 0.5)).isEqualTo("train ratio must be above 0, found 0");
        assertThat(Splits.ratioProblem(0.9, -0.1, 0.2)).isEqualTo("validation ratio must be 0..1, found -0.1");
        assertThat(Splits.ratioProblem(0.8, 0.1, Double.NaN)).isEqualTo("test ratio must be 0..1, found NaN");
        assertThat(Splits.ratioProblem(0.7, 0.15, 0.15)).isNull();
        assertThat(Splits.ratioProblem(1.0 / 3, 1.0 / 3, 1.0 / 3)).isNull();
        Dataset moons = new MoonsGenerator().generate(50, 0.1, 1);
        assertThatThrownBy(() -> Splits.holdout(moons, 0.5, 0.2, 0.2, 1))
                .hasMessage("ratios must add up to 1, found 0.5 + 0.2 + 0.2 = 0.9");
    }

    static int count(Dataset d, int label) {
        return (int) Arrays.stream(d.labels()).filter(l -> l == label).count();
    }
}
