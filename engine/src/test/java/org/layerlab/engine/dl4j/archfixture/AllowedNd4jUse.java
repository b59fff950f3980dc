package org.layerlab.engine.dl4j.archfixture;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** An engine class inside the dl4j package using ND4J: {@code ArchitectureTest} must let it pass. */
public final class AllowedNd4jUse {

    public INDArray zeros() {
        return Nd4j.zeros(2, 2);
    }
}
