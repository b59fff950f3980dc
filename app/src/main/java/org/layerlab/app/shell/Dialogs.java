package org.layerlab.app.shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every question the studio asks the user through a modal window: file choosers, the unsaved-changes
 * question, errors and confirmations. Tests replace it to drive the studio without native dialogs.
 */
public interface Dialogs {

    /** The answer to "save the changes to this project?". */
    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    Optional<Path> chooseProjectToOpen(Path initialFolder);

    Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName);

    Optional<Path> chooseModelExport(Path initialFolder, String suggestedName);

    Optional<Path> chooseCsv(Path initialFolder);

    /** Where to save a live view's picture or data; the suggested name's extension (.png, .csv) is the format. */
    Optional<Path> chooseViewExport(Path initialFolder, String suggestedName);

    SaveChoice askSaveChanges(String projectName);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
