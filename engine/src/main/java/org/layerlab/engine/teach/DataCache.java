package org.layerlab.engine.teach;

import org.layerlab.engine.Engine;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.PreparedData;

import java.util.HashMap;
import java.util.Map;

/**
 * Prepares each distinct dataset spec once, so runs that share their data share the very same
 * split, scaler and examples (and generating or reading it is not repeated).
 */
final class DataCache {

    private final Map<DatasetSpec, PreparedData> prepared = new HashMap<>();

    PreparedData get(DatasetSpec spec) throws DataException {
        PreparedData data = prepared.get(spec);
        if (data == null) {
            data = Engine.prepareData(spec);
            prepared.put(spec, data);
        }
        return data;
    }
}
