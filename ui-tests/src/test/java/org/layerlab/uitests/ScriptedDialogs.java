package org.layerlab.uitests;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.layerlab.app.shell.Dialogs;

/**
 * The studio's dialogs replaced by a script: file choosers return the paths a test queued, the
 * unsaved-changes question returns the queued answer, and errors and confirmations are recorded
 * instead of shown (native file choosers cannot be driven headless).
 */
public final class ScriptedDialogs implements Dialogs {

    public final ConcurrentLinkedDeque<Path> files = new ConcurrentLinkedDeque<>();
    public final ConcurrentLinkedDeque<SaveChoice> saveChoices = new ConcurrentLinkedDeque<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    /** The file names the view exports suggested. */
    public final List<String> suggestedNames = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialFolder) {
        return next("open a project");
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName) {
        return next("save a project");
    }

    @Override
    public Optional<Path> chooseModelExport(Path initialFolder, String suggestedName) {
        return next("export a model");
    }

    @Override
    public Optional<Path> chooseCsv(Path initialFolder) {
        return next("choose a CSV file");
    }

    @Override
    public Optional<Path> chooseViewExport(Path initialFolder, String suggestedName) {
        suggestedNames.add(suggestedName);
        return next("save a view");
    }

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        SaveChoice answer = saveChoices.poll();
        if (answer == null) {
            errors.add("unexpected question: save the changes to " + projectName + "?");
            return SaveChoice.CANCEL;
        }
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    private Optional<Path> next(String what) {
        Path p = files.poll();
        if (p == null) {
            errors.add("unexpected file chooser: " + what);
        }
        return Optional.ofNullable(p);
    }
}
