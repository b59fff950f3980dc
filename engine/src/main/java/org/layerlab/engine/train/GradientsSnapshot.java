package org.layerlab.engine.train;

import java.util.List;

/** Every weight layer's gradient norms after one minibatch, input side first. */
public record GradientsSnapshot(int epoch, long iteration, List<LayerGradients> layers) {

    public GradientsSnapshot {
        layers = List.copyOf(layers);
    }
}
