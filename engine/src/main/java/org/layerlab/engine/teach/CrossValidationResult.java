package org.layerlab.engine.teach;

import java.util.List;

/**
 * A finished validation: every fold's run, the spread of their validation figures, and the final
 * model trained on all non-test data and evaluated on the test split.
 *
 * @param plan               the method
 * @param folds              one per model, round by round
 * @param validationLoss     spread of the folds' validation loss (final weights)
 * @param validationAccuracy spread of the folds' validation accuracy
 * @param finalModel         trained on every non-test example; its {@code test()} is the reported score
 * @param finalEpochs        epochs the final model trained (the folds' mean best epoch under early stopping)
 */
public record CrossValidationResult(ValidationPlan plan, List<FoldResult> folds, Spread validationLoss,
                                    Spread validationAccuracy, RunResult finalModel, int finalEpochs) {

    public CrossValidationResult {
        folds = List.copyOf(folds);
    }
}
