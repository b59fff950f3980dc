package org.layerlab.engine.teach;

import org.layerlab.engine.data.DataException;
import org.layerlab.engine.data.DataPipeline;
import org.layerlab.engine.data.PreparedData;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.train.EarlyStopping;
import org.layerlab.engine.train.TrainingConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The notes' validation methods on a project: holdout trains one model on the project's own split;
 * K-fold and iterated K-fold hold the test split out, cut the rest into K folds (P times) and train
 * one fresh model per fold. The score is the mean ± standard deviation of the folds' validation
 * figures; then, as the notes do, a final model is trained from scratch on all non-test data and
 * evaluated on the test split.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * Runs the plan, then the final model (the last run the listener hears about).
     *
     * @throws DataException when the data cannot be prepared or cut into that many folds
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public static CrossValidationResult run(Project project, ValidationPlan plan, RunContext context)
            throws DataException {
        RunListener listener = context.listener();
        List<PreparedData> sets = plan.method() == ValidationPlan.Method.HOLDOUT
                ? List.of(DataPipeline.prepare(project.dataset()))
                : DataPipeline.crossValidation(project.dataset(), plan.k(), plan.repetitions());
        int total = sets.size() + 1;
        List<FoldResult> folds = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            int repetition = plan.method() == ValidationPlan.Method.HOLDOUT ? 0 : i / plan.k();
            int fold = plan.method() == ValidationPlan.Method.HOLDOUT ? 0 : i % plan.k();
            String name = plan.method() == ValidationPlan.Method.HOLDOUT ? "holdout"
                    : (plan.repetitions() > 1 ? "round " + (repetition + 1) + ", " : "") + "fold " + (fold + 1);
            listener.runStarted(i, total, name);
            RunResult run = Trainer.run(name, project, sets.get(i), context, i);
            listener.runFinished(i, run);
            folds.add(new FoldResult(repetition, fold, run));
        }
        int finalEpochs = finalEpochs(project.training(), folds);
        Project finalProject = project.withTraining(project.training().withEpochs(finalEpochs)
                .withEarlyStopping(new EarlyStopping(false, project.training().earlyStopping().patience(), false)));
        listener.runStarted(total - 1, total, "final model");
        RunResult finalModel = Trainer.run("final model", finalProject, DataPipeline.allNonTest(project.dataset()),
                context, total - 1);
        listener.runFinished(total - 1, finalModel);
        return new CrossValidationResult(plan, folds,
                Spread.of(folds.stream().mapToDouble(FoldResult::validationLoss).toArray()),
                Spread.of(folds.stream().mapToDouble(FoldResult::validationAccuracy).toArray()),
                finalModel, finalEpochs);
    }

    /**
     * The project's epochs; under early stopping (which the final model cannot use, having no
     * validation split) the folds' mean best epoch, rounded.
     */
    static int finalEpochs(TrainingConfig config, List<FoldResult> folds) {
        if (!config.earlyStopping().enabled()) {
            return config.epochs();
        }
        double mean = folds.stream().mapToInt(f -> f.run().bestEpoch()).filter(e -> e > 0).average()
                .orElse(config.epochs());
        return (int) Math.max(1, Math.round(mean));
    }
}
