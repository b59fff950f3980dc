package org.layerlab.engine.data;

/**
 * A seeded toy-dataset generator: the same samples, noise and seed always give the same points.
 * Implementations are cheap to create and hold no state between calls.
 */
public interface DatasetGenerator {

    /**
     * Generates a dataset.
     *
     * @param samples number of examples, at least 2
     * @param noise   standard deviation of the Gaussian noise, in data units, 0 or more
     * @param seed    seed of every random choice
     */
    Dataset generate(int samples, double noise, long seed);

    /**
     * The generator of a generated kind; {@code classes} is used by gaussian blobs only.
     *
     * @throws IllegalArgumentException for MNIST and CSV, which are loaded, not generated
     */
    static DatasetGenerator forKind(DatasetKind kind, int classes) {
        return switch (kind) {
            case MOONS -> new MoonsGenerator();
            case XOR -> new XorGenerator();
            case CIRCLES -> new CirclesGenerator();
            case SPIRAL -> new SpiralGenerator();
            case BLOBS -> new BlobsGenerator(classes);
            case REGRESSION -> new RegressionGenerator();
            case MNIST, CSV -> throw new IllegalArgumentException(kind + " is loaded from files, not generated");
        };
    }
}
