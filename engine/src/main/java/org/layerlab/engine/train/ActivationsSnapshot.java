package org.layerlab.engine.train;

import java.util.List;

/** Every layer's activations and weights at one moment of training, in graph order. */
public record ActivationsSnapshot(int epoch, long iteration, List<LayerActivations> layers) {

    public ActivationsSnapshot {
        layers = List.copyOf(layers);
    }
}
