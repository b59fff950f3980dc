package org.layerlab.app.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs that answer from a script and remember what they were asked, for tests. */
final class ScriptedDialogs implements Dialogs {

    final Deque<Optional<Path>> files = new ArrayDeque<>();
    final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    int saveQuestions;

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialFolder) {
        return next();
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName) {
        return next();
    }

    @Override
    public Optional<Path> chooseModelExport(Path initialFolder, String suggestedName) {
        return next();
    }

    @Override
    public Optional<Path> chooseCsv(Path initialFolder) {
        return next();
    }

    @Override
    public Optional<Path> chooseViewExport(Path initialFolder, String suggestedName) {
        return next();
    }

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        saveQuestions++;
        if (saveChoices.isEmpty()) {
            throw new AssertionError("unexpected question: save the changes to " + projectName + "?");
        }
        return saveChoices.poll();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    private Optional<Path> next() {
        if (files.isEmpty()) {
            throw new AssertionError("unexpected file chooser");
        }
        return files.poll();
    }
}
