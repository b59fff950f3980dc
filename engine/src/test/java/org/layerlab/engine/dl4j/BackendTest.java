package org.layerlab.engine.dl4j;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackendTest {

    @Test
    void describesTheCpuBackendWithItsBlasAndThreads() {
        assertThat(Backend.describe()).matches("CPU · nd4j-native \\(OpenBLAS\\), \\d+ threads?");
    }

    @Test
    void timesRealMatrixProducts() {
        double[] small = Backend.timeMatrixProducts(128, 2, 5);
        double[] large = Backend.timeMatrixProducts(512, 1, 5);
        assertThat(small).hasSize(5);
        assertThat(Arrays.stream(small).min().orElseThrow()).isPositive();
        assertThat(large).hasSize(5);
        // 64 times the work: even a busy machine shows it.
        assertThat(Arrays.stream(large).min().orElseThrow())
                .isGreaterThan(4 * Arrays.stream(small).min().orElseThrow());
        assertThatThrownBy(() -> Backend.timeMatrixProducts(0, 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n 0");
    }

    @Test
    void usesHalfTheCoresAndAtLeastOne() {
        assertThat(Backend.threadsFor(1)).isEqualTo(1);
        assertThat(Backend.threadsFor(2)).isEqualTo(1);
        assertThat(Backend.threadsFor(8)).isEqualTo(4);
    }

    @Test
    void setsTheNativeThreadsOnceAndLeavesAnExplicitOmpNumThreadsAlone() {
        try {
            assertThat(Backend.configureThreads(null, 4)).isEqualTo(2);
            assertThat(Nd4j.factory().blas().getMaxThreads()).isEqualTo(2);
            assertThat(NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads()).isEqualTo(2);
            assertThat(Backend.configureThreads(null, 4)).isEqualTo(2);
            assertThat(Backend.describe()).endsWith("2 threads");
            // an explicit OMP_NUM_THREADS wins: nothing is changed
            assertThat(Backend.configureThreads("3", 16)).isEqualTo(2);
        } finally {
            assertThat(Backend.configureThreads(null, 2)).isEqualTo(1);
        }
        assertThat(Backend.describe()).endsWith("1 thread");
    }
}
