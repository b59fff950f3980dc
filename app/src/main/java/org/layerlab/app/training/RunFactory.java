package org.layerlab.app.training;

import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.TrainingRun;

/** Compiles a project into a ready training run (the engine's {@code Engine.prepareRun}); slow, so called off the FX thread. */
@FunctionalInterface
public interface RunFactory {

    /** A run in the READY state; an exception says why the project cannot be trained. */
    TrainingRun prepare(Project project) throws Exception;
}
