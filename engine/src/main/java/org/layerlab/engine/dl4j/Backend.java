package org.layerlab.engine.dl4j;

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
