package org.layerlab.engine.cli;

import org.layerlab.engine.export.Project;
import org.layerlab.engine.export.ProjectFile;
import org.layerlab.engine.export.ProjectFileException;

import java.nio.file.Path;

/** Reading a project file for a command, with the command line's one-line error. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The project in {@code file}, its epochs replaced by {@code epochs} unless null. */
    static Project read(Path file, Integer epochs) {
        Project project;
        try {
            project = ProjectFile.read(file);
        } catch (ProjectFileException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (epochs != null) {
            if (epochs < 1) {
                throw new CliException("--epochs must be at least 1, found " + epochs);
            }
            project = project.withTraining(project.training().withEpochs(epochs));
        }
        return project;
    }
}
