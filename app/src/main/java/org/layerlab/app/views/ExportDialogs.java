package org.layerlab.app.views;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a view asks where to save its PNG or CSV and reports a failure: the studio routes it through
 * its own dialogs (so tests can script them); a view on its own uses a JavaFX file chooser.
 */
public interface ExportDialogs {

    /**
     * The file to write, or empty when the user cancelled.
     *
     * @param suggestedName the file name to offer ("loss-accuracy.png"); its extension says the format
     */
    Optional<Path> chooseExportFile(String suggestedName);

    void showError(String title, String message);
}
