package org.layerlab.engine.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KFoldTest {

    private final Dataset moons = new MoonsGenerator().generate(103, 0.2, 1);

    @Test
    void everyExampleIsValidatedExactlyOnceAndNeverTrainedOnInItsFold() {
        List<KFold.Fold> folds = KFold.folds(moons, 5, 42);
        assertThat(folds).hasSize(5);
        int[] validated = new int[moons.size()];
        for (KFold.Fold fold : folds) {
            assertThat(fold.train().length + fold.validation().length).isEqualTo(moons.size());
            Set<Integer> train = new HashSet<>();
            Arrays.stream(fold.train()).forEach(train::add);
            assertThat(train).hasSize(fold.train().length);
            for (int row : fold.validation()) {
                validated[row]++;
                assertThat(train).doesNotContain(row);
            }
            // 103 / 5: folds of 20 or 21.
            assertThat(fold.validation().length).isBetween(20, 21);
        }
        assertThat(validated).containsOnly(1);
    }

    @Test
    void foldsKeepTheClassBalance() {
        for (KFold.Fold fold : KFold.folds(moons, 4, 7)) {
            Dataset validation = fold.validationOf(moons);
            int ones = SplitsTest.count(validation, 1);
            int zeros = SplitsTest.count(validation, 0);
            assertThat(Math.abs(ones - zeros)).isLessThanOrEqualTo(2);
            assertThat(fold.trainOf(moons).size()).isEqualTo(moons.size() - validation.size());
        }
    }

    @Test
    void iteratedKFoldReshufflesEachRepetition() {
        List<KFold.Fold> folds = KFold.iterated(moons, 3, 4, 9);
        assertThat(folds).hasSize(12);
        assertThat(folds.get(0).repetition()).isZero();
        assertThat(folds.get(11).repetition()).isEqualTo(3);
        assertThat(folds.get(11).fold()).isEqualTo(2);
        for (int p = 0; p < 4; p++) {
            int[] validated = new int[moons.size()];
            for (KFold.Fold fold : folds.subList(p * 3, p * 3 + 3)) {
                Arrays.stream(fold.validation()).forEach(row -> validated[row]++);
            }
            assertThat(validated).as("repetition %d", p).containsOnly(1);
        }
        Set<Integer> first = sorted(folds.get(0).validation());
        Set<Integer> second = sorted(folds.get(3).validation());
        assertThat(first).isNotEqualTo(second);
        // Same seed, same folds.
        assertThat(KFold.iterated(moons, 3, 4, 9).get(5).validation()).containsExactly(folds.get(5).validation());
    }

    @Test
    void foldCountsOutsideTwoToTwentyAreRefused() {
        assertThatThrownBy(() -> KFold.folds(moons, 1, 1)).hasMessage("folds must be 2..20, found 1");
        assertThatThrownBy(() -> KFold.folds(moons, 21, 1)).hasMessage("folds must be 2..20, found 21");
        assertThatThrownBy(() -> KFold.iterated(moons, 5, 0, 1)).hasMessage("repetitions must be 1..100, found 0");
        Dataset three = moons.subset(new int[] {0, 1, 2});
        assertThatThrownBy(() -> KFold.folds(three, 4, 1)).hasMessage("4 folds need at least 4 examples, found 3");
    }

    private static Set<Integer> sorted(int[] rows) {
        Set<Integer> s = new HashSet<>();
        Arrays.stream(rows).forEach(s::add);
        return s;
    }
}
