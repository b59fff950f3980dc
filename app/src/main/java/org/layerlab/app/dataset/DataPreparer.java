package org.layerlab.app.dataset;

import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.PreparedData;

/** Loads or generates a dataset and splits it (the engine's data pipeline); may be slow, so it runs off the FX thread. */
@FunctionalInterface
public interface DataPreparer {

    /** The prepared data; an exception's message says what is wrong with the spec or the file. */
    PreparedData prepare(DatasetSpec spec) throws Exception;
}
