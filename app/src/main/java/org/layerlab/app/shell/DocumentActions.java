package org.layerlab.app.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.layerlab.app.training.TrainingViewModel;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFileException;

/**
 * The File menu's commands: they ask about unsaved changes, choose files through {@link Dialogs},
 * report failures with the reason, and never replace the open project with one that failed to load.
 */
public final class DocumentActions {

    private final ProjectDocument document;
    private final RecentFiles recent;
    private final Dialogs dialogs;
    private final TrainingViewModel training;
    private final Path sampleData;
    private Runnable afterLoad = () -> { };

    public DocumentActions(ProjectDocument document, RecentFiles recent, Dialogs dialogs, TrainingViewModel training,
                           Path sampleData) {
        this.document = document;
        this.recent = recent;
        this.dialogs = dialogs;
        this.training = training;
        this.sampleData = sampleData;
    }

    /** Asks to save unsaved changes; false when the user cancels (or saving failed), so the caller stops. */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (dialogs.askSaveChanges(document.displayName())) {
            case SAVE -> save();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    public void newProject() {
        if (confirmDiscard()) {
            training.reset();
            document.newProject();
        }
    }

    /** File > Open: asks about unsaved changes, then for a file. */
    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseProjectToOpen(projectsFolder()).ifPresent(this::load);
        }
    }

    /** Opens a known file (recent list, example, command line) after asking about unsaved changes. */
    public boolean openFile(Path file) {
        return confirmDiscard() && load(file);
    }

    /** Makes {@code project} (a lesson's) the open project, unsaved and without a file, after asking about changes. */
    public boolean openProject(Project project) {
        if (!confirmDiscard()) {
            return false;
        }
        training.reset();
        document.load(project, null);
        afterLoad.run();
        return true;
    }

    private boolean load(Path file) {
        Project project;
        try {
            project = document.read(file);
        } catch (ProjectFileException e) {
            dialogs.showError("Cannot open project", e.getMessage());
            return false;
        }
        training.reset();
        document.load(project, file);
        recent.add(file);
        afterLoad.run();
        return true;
    }

    /** What to do once a project file has been opened (the canvas fits it in view). */
    public void setAfterLoad(Runnable afterLoad) {
        this.afterLoad = afterLoad;
    }

    /** Saves to the project's file, or asks for one; false if nothing was saved. */
    public boolean save() {
        Path file = document.fileProperty().get();
        return file == null ? saveAs() : write(file);
    }

    public boolean saveAs() {
        String suggested = document.nameProperty().get().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".layerlab.json";
        Optional<Path> target = dialogs.chooseProjectToSave(projectsFolder(), suggested);
        return target.isPresent() && write(target.get());
    }

    private boolean write(Path file) {
        try {
            document.saveAs(file);
            recent.add(file);
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save project", "Could not write " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** File > Export trained model: a DL4J zip of the run's model, then where it went. */
    public void exportModel() {
        if (!training.exportEnabledProperty().get()) {
            dialogs.showInfo("Nothing to export yet",
                    "Train the network first (at least one batch), then pause or stop it and export.");
            return;
        }
        String suggested = document.nameProperty().get().replaceAll("[^\\p{L}\\p{N}._-]+", "-") + "-model.zip";
        dialogs.chooseModelExport(projectsFolder(), suggested).ifPresent(zip -> training.exportModel(zip,
                () -> dialogs.showInfo("Model exported", "The trained model was written to\n" + zip.toAbsolutePath()
                        + "\n\nPlain DL4J loads it with ModelSerializer; it holds the normalizer and the graph too."),
                why -> dialogs.showError("Cannot export the model", why)));
    }

    /** Where file choosers start: beside the open file, else the sample projects. */
    public Path projectsFolder() {
        Path file = document.fileProperty().get();
        if (file != null && file.getParent() != null) {
            return file.getParent();
        }
        Path samples = sampleData == null ? null : sampleData.resolve("projects");
        return samples != null && Files.isDirectory(samples) ? samples : Path.of(System.getProperty("user.home"));
    }

    public RecentFiles recent() {
        return recent;
    }
}
