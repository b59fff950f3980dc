package org.layerlab.app.archfixture;

import org.nd4j.linalg.factory.Nd4j;

/** Breaks the studio's layering on purpose, to prove the architecture rule can fail. */
public final class UsesNd4jInAView {

    public String backend() {
        return Nd4j.getBackend().getClass().getSimpleName();
    }
}
