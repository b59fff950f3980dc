package org.layerlab.engine.teach.lesson;

import org.layerlab.engine.teach.ComparisonResult;
import org.layerlab.engine.teach.CrossValidationResult;
import org.layerlab.engine.teach.FoldResult;
import org.layerlab.engine.teach.RunResult;
import org.layerlab.engine.teach.SweepPoint;
import org.layerlab.engine.teach.SweepResult;
import org.layerlab.engine.teach.VariantResult;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A lesson's trained runs: a comparison (single projects are a comparison of one), a sweep, or
 * validation results, whichever the experiment made (the others are null or empty).
 */
public record LessonOutcome(Lesson lesson, ComparisonResult comparison, SweepResult sweep,
                            List<CrossValidationResult> validations) {

    public LessonOutcome {
        validations = validations == null ? List.of() : List.copyOf(validations);
    }

    /** Every run, in training order. */
    public List<RunResult> runs() {
        List<RunResult> runs = new ArrayList<>();
        if (comparison != null) {
            comparison.variants().forEach(v -> runs.add(v.run()));
        }
        if (sweep != null) {
            sweep.points().forEach(p -> runs.add(p.run()));
        }
        for (CrossValidationResult r : validations) {
            r.folds().forEach(f -> runs.add(f.run()));
            runs.add(r.finalModel());
        }
        return runs;
    }

    /** The run with this name (see {@link LessonCheck}); the message lists the names there are. */
    public RunResult run(String name) {
        if (comparison != null) {
            for (VariantResult v : comparison.variants()) {
                if (v.name().equals(name)) {
                    return v.run();
                }
            }
        }
        if (sweep != null) {
            switch (name) {
                case "first" -> {
                    return sweep.points().get(0).run();
                }
                case "last" -> {
                    return sweep.points().get(sweep.points().size() - 1).run();
                }
                case "best" -> {
                    return sweep.best().run();
                }
                default -> {
                    for (SweepPoint p : sweep.points()) {
                        if (p.label().equals(name)) {
                            return p.run();
                        }
                    }
                }
            }
        }
        for (CrossValidationResult r : validations) {
            String method = r.plan().method().key();
            if (name.equals(method + " final")) {
                return r.finalModel();
            }
            for (FoldResult f : r.folds()) {
                if (name.equals(Experiment.Validation.runName(r.plan(), f.run().name()))) {
                    return f.run();
                }
            }
        }
        throw new NoSuchElementException("lesson '" + lesson.id() + "' has no run named '" + name + "'; it has "
                + lesson.experiment().runNames());
    }

    /** The result of one validation method ("holdout", "kfold", "iterated_kfold"). */
    public CrossValidationResult validation(String method) {
        return validations.stream().filter(r -> r.plan().method().key().equals(method)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("lesson '" + lesson.id() + "' ran no " + method
                        + " validation"));
    }
}
