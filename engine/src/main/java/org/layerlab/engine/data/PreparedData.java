package org.layerlab.engine.data;

import org.layerlab.engine.graph.DataShape;

/**
 * A dataset ready to train on: split into train / validation / test (features still as the source
 * holds them) with the scaler fitted on the training split. Validation or test may be empty.
 */
public record PreparedData(DatasetSpec spec, Dataset train, Dataset validation, Dataset test, FeatureScaler scaler) {

    public DataShape shape() {
        return new DataShape(spec.kind() == DatasetKind.CSV && train.name() != null ? train.name() : spec.kind().key(),
                train.featureCount(), train.classCount());
    }
}
