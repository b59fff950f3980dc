package org.layerlab.engine.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Which ND4J backend runs the networks, and how many native threads it may use. */
public final class Backend {

    private static volatile int configuredThreads;

    private Backend() {
    }

    /** E.g. "CPU · nd4j-native (OpenBLAS), 1 thread" or "CUDA · NVIDIA GeForce RTX 3060". */
    public static String describe() {
        Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(info.getOrDefault("backend", Nd4j.getBackend().getClass().getSimpleName()));
        if (backend.toUpperCase().contains("CUDA")) {
            return "CUDA · " + cudaDevice(info);
        }
        int threads = Nd4j.factory().blas().getMaxThreads();
        return "CPU · nd4j-native (" + blasName(String.valueOf(info.getOrDefault("blas.vendor", "unknown BLAS"))) + "), "
                + threads + (threads == 1 ? " thread" : " threads");
    }

    /**
     * Times the backend's float matrix product of two {@code n} x {@code n} matrices: {@code warmUp}
     * products, then {@code measured} ones, each timed; returns their milliseconds. The BLAS's
     * ceiling on this machine with the thread count in force, to read the networks' figures against.
     */
    public static double[] timeMatrixProducts(int n, int warmUp, int measured) {
        if (n < 1 || warmUp < 0 || measured < 1) {
            throw new IllegalArgumentException("matrix products: n " + n + ", warm-up " + warmUp + ", measured "
                    + measured + " (n and measured must be at least 1)");
        }
        double[] millis = new double[measured];
        try (INDArray a = Nd4j.rand(DataType.FLOAT, n, n);
             INDArray b = Nd4j.rand(DataType.FLOAT, n, n);
             // Column-major like the BLAS's own result: a row-major one would add a transposing copy
             // of n x n values to every product (13 % of the time at 1024, in a JFR profile).
             INDArray c = Nd4j.create(DataType.FLOAT, new long[]{n, n}, 'f')) {
            for (int i = 0; i < warmUp + measured; i++) {
                long t0 = System.nanoTime();
                a.mmuli(b, c);
                if (i >= warmUp) {
                    millis[i - warmUp] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        return millis;
    }

    /**
     * Sets the native thread count, unless the environment variable OMP_NUM_THREADS already chose
     * one: half the cores, at least 1 (1 on a 2-core laptop, where 2 threads measured 3-17x slower).
     * Idempotent; returns the count in force.
     */
    public static int configureThreads() {
        return configureThreads(System.getenv("OMP_NUM_THREADS"), Runtime.getRuntime().availableProcessors());
    }

    /** {@link #configureThreads()} with the environment variable and core count given (for tests). */
    static synchronized int configureThreads(String ompNumThreads, int cores) {
        // ND4J must load its backend first: NativeOpsHolder used before that fails for good
        Nd4j.getBackend();
        NativeReclaimer.install();
        ShapeInfoCache.install();
        TadCache.install();
        if (ompNumThreads != null && !ompNumThreads.isBlank()) {
            return Nd4j.factory().blas().getMaxThreads();
        }
        int n = threadsFor(cores);
        if (configuredThreads != n) {
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(n);
            Nd4j.factory().blas().setMaxThreads(n);
            Nd4j.getEnvironment().setMaxThreads(n);
            configuredThreads = n;
        }
        return n;
    }

    /** Half the cores, at least one. */
    static int threadsFor(int cores) {
        return Math.max(1, cores / 2);
    }

    private static String blasName(String vendor) {
        return switch (vendor.toUpperCase()) {
            case "OPENBLAS" -> "OpenBLAS";
            case "MKL" -> "MKL";
            default -> vendor;
        };
    }

    private static String cudaDevice(Properties info) {
        Object devices = info.get("cuda.devicesInformation");
        if (devices instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> device) {
            Object name = device.get("cuda.deviceName");
            if (name != null) {
                return name.toString();
            }
        }
        return "GPU";
    }
}
