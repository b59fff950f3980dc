package org.layerlab.app.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerlab.app.compare.RunFeed;
import org.layerlab.app.compare.TeachJob;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.app.views.Numbers;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.CrossValidation;
import org.layerlab.engine.teach.CrossValidationResult;
import org.layerlab.engine.teach.RunOptions;
import org.layerlab.engine.teach.RunResult;
import org.layerlab.engine.teach.Spread;
import org.layerlab.engine.teach.ValidationPlan;

/**
 * The Validation window's state: a project, a validation method (holdout, K-fold, iterated K-fold)
 * trained in the background, the folds' live series, one row per finished fold, the mean ± standard
 * deviation of their validation figures and the final model's test figures.
 */
public final class ValidationViewModel {

    /** One finished fold as the table shows it. */
    public record FoldRow(int index, String name, double validationLoss, double validationAccuracy,
                          double trainLoss, int epochs) {

        static FoldRow of(int index, RunResult run) {
            return new FoldRow(index, run.name(), run.validation().loss(), run.validation().accuracy(),
                    run.train().loss(), run.series().size());
        }
    }

    private final TeachJob job;
    private final ReadOnlyObjectWrapper<Project> base = new ReadOnlyObjectWrapper<>(this, "base");
    private final ObjectProperty<ValidationPlan.Method> method = new SimpleObjectProperty<>(this, "method",
            ValidationPlan.Method.K_FOLD);
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", 5);
    private final IntegerProperty repetitions = new SimpleIntegerProperty(this, "repetitions", 3);
    private final ReadOnlyObjectWrapper<List<RunFeed.RunProgress>> foldSeries = new ReadOnlyObjectWrapper<>(this,
            "foldSeries", List.of());
    private final ObservableList<FoldRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CrossValidationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper spread = new ReadOnlyStringWrapper(this, "spread", "");
    private final ReadOnlyStringWrapper finalModel = new ReadOnlyStringWrapper(this, "finalModel", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ValidationViewModel(Project base, Executor background, Executor fx, FrameLoop frames) {
        this.job = new TeachJob(background, fx, frames);
        this.base.set(base);
    }

    /** Starts over from {@code project} (refused while a validation runs). */
    public void setBase(Project project) {
        if (job.runningProperty().get()) {
            throw new IllegalStateException("stop the validation before changing its project");
        }
        base.set(project);
        clear();
    }

    /** The chosen method as an engine plan; fails naming a bad K or P. */
    public ValidationPlan plan() {
        return switch (method.get()) {
            case HOLDOUT -> ValidationPlan.holdout();
            case K_FOLD -> ValidationPlan.kFold(folds.get());
            case ITERATED_K_FOLD -> ValidationPlan.iterated(folds.get(), repetitions.get());
        };
    }

    /** Trains one model per fold, then the final model, in the background. */
    public void run() {
        ValidationPlan plan;
        try {
            plan = plan();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        clear();
        error.set("");
        Project project = base.get();
        job.start(RunOptions.figuresOnly(), context -> CrossValidation.run(project, plan, context),
                this::showProgress, this::finished, error::set);
    }

    public void stop() {
        job.cancel();
    }

    private void showProgress(RunFeed.Snapshot snapshot) {
        // The last run of the series is the final model: it has no validation split, so no fold curve.
        int foldCount = Math.max(0, snapshot.total() - 1);
        List<RunFeed.RunProgress> runs = snapshot.runs().subList(0, Math.min(foldCount, snapshot.runs().size()));
        foldSeries.set(List.copyOf(runs));
        List<FoldRow> done = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).result() != null) {
                done.add(FoldRow.of(i, runs.get(i).result()));
            }
        }
        if (done.size() != rows.size()) {
            rows.setAll(done);
            spread.set(done.isEmpty() ? "" : describe(Spread.of(done.stream().mapToDouble(FoldRow::validationLoss)
                    .toArray()), Spread.of(done.stream().mapToDouble(FoldRow::validationAccuracy).toArray()))
                    + "  (so far)");
        }
    }

    private void finished(CrossValidationResult r) {
        List<FoldRow> done = new ArrayList<>();
        for (int i = 0; i < r.folds().size(); i++) {
            done.add(FoldRow.of(i, r.folds().get(i).run()));
        }
        rows.setAll(done);
        spread.set(describe(r.validationLoss(), r.validationAccuracy()));
        RunResult f = r.finalModel();
        String trained = "Final model, retrained on all non-test data for " + r.finalEpochs() + " epochs: ";
        // Without a test split there is nothing honest to report as the final score: say so instead of NaN.
        finalModel.set(Double.isNaN(f.test().loss())
                ? trained + "training loss " + Numbers.compact(f.train().loss()) + "; no test score, because the "
                + "project has no test split (give it a test share in the Dataset panel)"
                : trained + "test loss " + Numbers.compact(f.test().loss()) + " · test accuracy "
                + Numbers.percent(f.test().accuracy()));
        result.set(r);
    }

    /** "Validation loss 0.31 ± 0.02 · accuracy 87.5 % ± 1.2 % over 5 models". */
    static String describe(Spread loss, Spread accuracy) {
        String missing = loss.missing() > 0 ? " (" + loss.missing() + " diverged, left out)" : "";
        return "Mean ± std: validation loss " + Numbers.compact(loss.mean()) + " ± " + Numbers.compact(loss.std())
                + " · accuracy " + Numbers.percent(accuracy.mean()) + " ± " + Numbers.percent(accuracy.std())
                + " over " + loss.count() + (loss.count() == 1 ? " model" : " models") + missing;
    }

    private void clear() {
        rows.clear();
        foldSeries.set(List.of());
        result.set(null);
        spread.set("");
        finalModel.set("");
    }

    public ReadOnlyObjectProperty<Project> baseProperty() {
        return base.getReadOnlyProperty();
    }

    public ObjectProperty<ValidationPlan.Method> methodProperty() {
        return method;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public IntegerProperty repetitionsProperty() {
        return repetitions;
    }

    /** Every fold's progress so far (the final model left out), in training order. */
    public ReadOnlyObjectProperty<List<RunFeed.RunProgress>> foldSeriesProperty() {
        return foldSeries.getReadOnlyProperty();
    }

    public ObservableList<FoldRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<CrossValidationResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty spreadProperty() {
        return spread.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty finalModelProperty() {
        return finalModel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public TeachJob job() {
        return job;
    }
}
