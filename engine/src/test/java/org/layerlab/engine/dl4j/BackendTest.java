package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import static org.assertj.core.api.Assertions.assertThat;

class BackendTest {

    @Test
    void describesTheCpuBackendWithItsBlasAndThreads() {
        assertThat(Backend.describe()).matches("CPU · nd4j-native \\(OpenBLAS\\), \\d+ threads?");
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
