package org.layerlab.engine.archfixture;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;

/** A deliberately bad engine class outside the dl4j package: it uses DL4J, which {@code ArchitectureTest} must flag. */
public final class UsesDl4j {

    public NeuralNetConfiguration.Builder builder() {
        return new NeuralNetConfiguration.Builder();
    }
}
