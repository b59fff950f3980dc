package org.layerlab.engine.archfixture;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A deliberately bad engine class outside the dl4j package: it uses ND4J, which {@code ArchitectureTest} must flag. */
public final class UsesNd4j {

    public INDArray zeros() {
        return Nd4j.zeros(2, 2);
    }
}
