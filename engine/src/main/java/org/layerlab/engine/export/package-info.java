/**
 * What leaves the engine as files: project files (JSON with a schema version), the trained model as
 * a DL4J zip that plain DL4J loads, and metrics CSV.
 */
package org.layerlab.engine.export;
