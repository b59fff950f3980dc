package org.layerlab.engine.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

import java.util.function.Supplier;

/** Small helpers to get values out of ND4J as private Java copies, and to keep ND4J's random stream intact. */
final class Copies {

    private Copies() {
    }

    /** The values in row-major order, copied (a compact dup first, so views and 'f' order read right). */
    static float[] floats(INDArray a) {
        return a.dup('c').data().asFloat();
    }

    /** The top-left {@code rows x cols} block of a 2-D array, as doubles. */
    static double[][] block(INDArray a, int rows, int cols) {
        float[] v = floats(a);
        int width = (int) a.size(1);
        int r = Math.min(rows, (int) a.size(0));
        int c = Math.min(cols, width);
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                out[i][j] = v[i * width + j];
            }
        }
        return out;
    }

    /**
     * Runs {@code work} with ND4J's (per-thread) random generator seeded with {@code seed}, then puts
     * the generator back where it was: snapshots and exports draw no numbers from the training run's
     * stream, so a run is reproducible whatever the views asked for.
     */
    static <T> T withSeed(long seed, Supplier<T> work) {
        Random random = Nd4j.getRandom();
        long root = random.rootState();
        long node = random.nodeState();
        try {
            random.setSeed(seed);
            return work.get();
        } finally {
            random.setStates(root, node);
        }
    }

    /** Runs {@code work} and puts ND4J's random generator back where it was. */
    static <T> T preservingRandom(Supplier<T> work) {
        Random random = Nd4j.getRandom();
        long root = random.rootState();
        long node = random.nodeState();
        try {
            return work.get();
        } finally {
            random.setStates(root, node);
        }
    }
}
