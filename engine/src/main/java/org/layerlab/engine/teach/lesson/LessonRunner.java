package org.layerlab.engine.teach.lesson;

import org.layerlab.engine.data.DataException;
import org.layerlab.engine.teach.Comparison;
import org.layerlab.engine.teach.ComparisonResult;
import org.layerlab.engine.teach.CrossValidation;
import org.layerlab.engine.teach.CrossValidationResult;
import org.layerlab.engine.teach.RunContext;
import org.layerlab.engine.teach.RunOptions;
import org.layerlab.engine.teach.Sweep;
import org.layerlab.engine.teach.SweepResult;
import org.layerlab.engine.teach.ValidationPlan;
import org.layerlab.engine.teach.Variant;

import java.util.ArrayList;
import java.util.List;

/** Trains a lesson's experiment headless, on the calling thread, and runs its checks. */
public final class LessonRunner {

    private LessonRunner() {
    }

    /**
     * Trains what the lesson's experiment asks, collecting at least what its checks need on top of
     * {@code options}.
     *
     * @throws DataException when the data cannot be prepared
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static LessonOutcome run(Lesson lesson, RunContext context) throws DataException {
        RunOptions wanted = context.options();
        for (LessonCheck check : lesson.checks()) {
            wanted = wanted.or(check.needs());
        }
        RunContext c = context.withOptions(wanted);
        Experiment experiment = lesson.experiment();
        if (experiment instanceof Experiment.Single single) {
            ComparisonResult result = Comparison.run(lesson.project(),
                    List.of(new Variant(single.name(), lesson.project())), c);
            return new LessonOutcome(lesson, result, null, List.of());
        }
        if (experiment instanceof Experiment.Compare compare) {
            ComparisonResult result = Comparison.run(lesson.project(), compare.variantsOf(lesson.project()), c);
            return new LessonOutcome(lesson, result, null, List.of());
        }
        if (experiment instanceof Experiment.SweepRun sweep) {
            SweepResult result = Sweep.run(lesson.project(), sweep.spec(), c);
            return new LessonOutcome(lesson, null, result, List.of());
        }
        Experiment.Validation validation = (Experiment.Validation) experiment;
        List<CrossValidationResult> results = new ArrayList<>();
        for (ValidationPlan plan : validation.plans()) {
            results.add(CrossValidation.run(lesson.project(), plan, c));
        }
        return new LessonOutcome(lesson, null, null, results);
    }

    /** Every check of the lesson on its outcome, in the lesson's order. */
    public static List<CheckOutcome> check(LessonOutcome outcome) {
        return outcome.lesson().checks().stream().map(c -> c.evaluate(outcome)).toList();
    }
}
