package org.layerlab.engine.teach.lesson;

import org.layerlab.engine.export.Project;

import java.util.List;

/**
 * One lesson: a project and what to do with it, the words for the class, and the checks that prove
 * the effect it teaches really happens with these settings.
 *
 * @param id          stable key ("dropout"), used by {@code layerlab lesson <id>}
 * @param title       one line
 * @param term        the lecture notes' term, e.g. "sobreajuste (overfitting)"; may be empty
 * @param explanation what happens and why, a few sentences
 * @param question    the question to ask the class before running it
 * @param lookAt      what to watch while it trains
 * @param views       the studio views that show the effect ("loss", "boundary", "gradients", ...)
 * @param project     the project (the base of variants, sweeps and validation)
 * @param experiment  what to train
 * @param checks      the automated checks of the effect
 */
public record Lesson(String id, String title, String term, String explanation, String question, String lookAt,
                     List<String> views, Project project, Experiment experiment, List<LessonCheck> checks) {

    public Lesson {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a lesson needs an id");
        }
        if (project == null) {
            throw new IllegalArgumentException("lesson '" + id + "' has no project");
        }
        if (experiment == null) {
            throw new IllegalArgumentException("lesson '" + id + "' has no experiment (single, compare, sweep or"
                    + " validation)");
        }
        term = term == null ? "" : term;
        views = views == null ? List.of() : List.copyOf(views);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
