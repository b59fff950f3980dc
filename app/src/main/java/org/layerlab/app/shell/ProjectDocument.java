package org.layerlab.app.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.export.ProjectFileException;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.train.TrainingConfig;

/**
 * The open project: its graph (held by the {@link GraphEditor}, which owns undo/redo), its dataset and
 * training settings, the file it came from and whether it changed since it was saved.
 */
public final class ProjectDocument {

    /** The settings saved beside the graph; compared with the saved copy to tell whether they changed. */
    private record Settings(String name, String description, DatasetSpec dataset, TrainingConfig training) {
    }

    private final GraphEditor editor;
    private final ObjectProperty<DatasetSpec> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<TrainingConfig> training = new SimpleObjectProperty<>(this, "training");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<String> name = new ReadOnlyObjectWrapper<>(this, "name", "Untitled");
    private final ObjectProperty<Settings> saved = new SimpleObjectProperty<>();
    private String description = "";
    private final BooleanBinding dirty;
    private final StringBinding title;

    public ProjectDocument(GraphEditor editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
        Project blank = blankProject();
        dataset.set(blank.dataset());
        training.set(blank.training());
        saved.set(currentSettings());
        BooleanBinding settingsChanged = Bindings.createBooleanBinding(
                () -> !currentSettings().equals(saved.get()), dataset, training, name, saved);
        dirty = editor.dirtyProperty().or(settingsChanged);
        title = Bindings.createStringBinding(
                () -> (dirty.get() ? "• " : "") + displayName() + " — LayerLab", dirty, name, file);
    }

    /** What File > New gives: an empty canvas, moons, and the default training settings. */
    public static Project blankProject() {
        return new Project("Untitled", "", ModelGraph.empty(), DatasetSpec.defaultsFor(DatasetKind.MOONS),
                TrainingConfig.defaults());
    }

    public GraphEditor editor() {
        return editor;
    }

    public ObjectProperty<DatasetSpec> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<TrainingConfig> trainingProperty() {
        return training;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** True when the graph or a setting differs from the last save or open. */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The window title: file name, a dot when unsaved, and the application name. */
    public StringBinding titleProperty() {
        return title;
    }

    /** The name shown to the user: the file name when there is one, otherwise the project name. */
    public String displayName() {
        Path f = file.get();
        return f != null ? f.getFileName().toString() : name.get();
    }

    /** The project as it stands now, ready to save or train. */
    public Project project() {
        return new Project(name.get(), description, editor.graph(), dataset.get(), training.get());
    }

    /** Replaces everything with a blank project that has no file. */
    public void newProject() {
        load(blankProject(), null);
    }

    /**
     * Reads a project file without touching the open project: the caller decides to {@link #load} it.
     *
     * @throws ProjectFileException naming the file and why it cannot be read
     */
    public Project read(Path path) throws ProjectFileException {
        return ProjectFile.read(path);
    }

    /** Opens a project file; when it cannot be read the open project stays as it was. */
    public void open(Path path) throws ProjectFileException {
        load(read(path), path);
    }

    /** Makes {@code project} the open project, saved as {@code path} (null for none), with a fresh undo history. */
    public void load(Project project, Path path) {
        editor.reset(project.graph());
        editor.markSaved();
        dataset.set(project.dataset());
        training.set(project.training());
        description = project.description();
        name.set(project.name());
        file.set(path == null ? null : path.toAbsolutePath());
        saved.set(currentSettings());
    }

    /** Saves to the current file; there must be one (use {@link #saveAs} first otherwise). */
    public void save() throws IOException {
        Path f = file.get();
        if (f == null) {
            throw new IllegalStateException("the project has no file yet: use Save As");
        }
        saveAs(f);
    }

    /** Writes the project atomically to {@code path}, which becomes the project's file. */
    public void saveAs(Path path) throws IOException {
        if ("Untitled".equals(name.get())) {
            name.set(projectNameOf(path));
        }
        ProjectFile.write(project(), path);
        file.set(path.toAbsolutePath());
        editor.markSaved();
        saved.set(currentSettings());
    }

    /** "moons.layerlab.json" -> "moons". */
    static String projectNameOf(Path path) {
        String n = path.getFileName().toString();
        for (String suffix : new String[] {".layerlab.json", ".json"}) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    private Settings currentSettings() {
        return new Settings(name.get(), description, dataset.get(), training.get());
    }
}
