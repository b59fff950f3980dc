package org.layerlab.engine.teach.lesson;

import org.layerlab.engine.Engine;
import org.layerlab.engine.data.DataException;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.Problem;
import org.layerlab.engine.teach.SweepSpec;
import org.layerlab.engine.teach.Variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything wrong with a lesson that can be found without training: edits that do not apply,
 * projects whose graph does not fit their data, and checks that name runs, layers or methods the
 * experiment does not have. Prepares each distinct dataset once (MNIST takes a second).
 */
public final class LessonProblems {

    private LessonProblems() {
    }

    /** Every problem, one line each, naming the variant or check; empty when the lesson can run. */
    public static List<String> of(Lesson lesson) {
        List<String> problems = new ArrayList<>();
        Map<String, Project> projects = projects(lesson, problems);
        Map<DatasetSpec, PreparedData> data = new HashMap<>();
        projects.forEach((name, project) -> {
            try {
                PreparedData prepared = data.get(project.dataset());
                if (prepared == null) {
                    prepared = Engine.prepareData(project.dataset());
                    data.put(project.dataset(), prepared);
                }
                for (Problem p : Engine.validate(project.graph(), prepared)) {
                    problems.add(name + ": " + p);
                }
            } catch (DataException e) {
                problems.add(name + ": " + e.getMessage());
            }
        });
        Set<String> runs = new HashSet<>(lesson.experiment().runNames());
        if (lesson.experiment() instanceof Experiment.SweepRun) {
            runs.addAll(List.of("first", "last", "best"));
        }
        for (LessonCheck check : lesson.checks()) {
            problems.addAll(references(check, lesson, runs));
        }
        return problems;
    }

    /** The projects the experiment trains, by run name (validation trains the lesson's project). */
    private static Map<String, Project> projects(Lesson lesson, List<String> problems) {
        Map<String, Project> projects = new java.util.LinkedHashMap<>();
        Experiment e = lesson.experiment();
        if (e instanceof Experiment.Compare compare) {
            for (Experiment.VariantSpec v : compare.variants()) {
                try {
                    projects.put(v.name(), Variant.of(v.name(), lesson.project(), v.edits()).project());
                } catch (IllegalArgumentException ex) {
                    problems.add("variant '" + v.name() + "': " + ex.getMessage());
                }
            }
        } else if (e instanceof Experiment.SweepRun sweep) {
            SweepSpec spec = sweep.spec();
            for (double value : spec.values()) {
                try {
                    projects.put(spec.label(value), spec.apply(lesson.project(), value));
                } catch (IllegalArgumentException ex) {
                    problems.add(spec.label(value) + ": " + ex.getMessage());
                }
            }
        } else {
            projects.put("project", lesson.project());
        }
        return projects;
    }

    private static List<String> references(LessonCheck check, Lesson lesson, Set<String> runs) {
        List<String> problems = new ArrayList<>();
        List<String> named = new ArrayList<>();
        Metric metric = null;
        String node = null;
        if (check instanceof LessonCheck.Threshold t) {
            named.add(t.run());
            metric = t.metric();
            node = t.node();
        } else if (check instanceof LessonCheck.Compare c) {
            named.add(c.run());
            named.add(c.than());
            metric = c.metric();
            node = c.node();
        } else if (check instanceof LessonCheck.Diagnosis d) {
            named.add(d.run());
        } else if (check instanceof LessonCheck.SweepBestInterior && !(lesson.experiment() instanceof Experiment.SweepRun)) {
            problems.add("check sweep_best_interior needs a sweep experiment");
        } else if (check instanceof LessonCheck.ValidationSpread v && !(lesson.experiment() instanceof Experiment.Validation val
                && val.plans().stream().anyMatch(p -> p.method().key().equals(v.method())))) {
            problems.add("check validation_spread names method '" + v.method() + "', which the experiment does not run");
        }
        for (String run : named) {
            if (!runs.contains(run)) {
                problems.add("a check names run '" + run + "'; the runs are " + lesson.experiment().runNames());
            }
        }
        if (metric != null && metric.isEffect() && node == null) {
            problems.add("check of " + metric.key() + " needs the node of a Dropout, noise or normalization layer");
        }
        return problems;
    }
}
