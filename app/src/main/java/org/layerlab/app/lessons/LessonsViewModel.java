package org.layerlab.app.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerlab.app.compare.TeachJob;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.engine.teach.RunOptions;
import org.layerlab.engine.teach.lesson.CheckOutcome;
import org.layerlab.engine.teach.lesson.Experiment;
import org.layerlab.engine.teach.lesson.Lesson;
import org.layerlab.engine.teach.lesson.LessonFileException;
import org.layerlab.engine.teach.lesson.LessonRunner;
import org.layerlab.engine.teach.lesson.Lessons;

/**
 * The lesson browser's state: the bundled lessons, the selected one, and its automated check run in
 * the background (each check's pass/fail and the figures it measured).
 */
public final class LessonsViewModel {

    private final Executor background;
    private final Executor fx;
    private final TeachJob job;
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    private final ObjectProperty<Lesson> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<CheckOutcome> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");

    public LessonsViewModel(Executor background, Executor fx, FrameLoop frames) {
        this.background = background;
        this.fx = fx;
        this.job = new TeachJob(background, fx, frames);
        selected.addListener((o, was, now) -> {
            if (!job.runningProperty().get()) {
                checks.clear();
                verdict.set("");
            }
        });
    }

    /** Reads the lessons of {@code folder} (null: the bundled folder) in the background; selects the first. */
    public void load(Path folder) {
        background.execute(() -> {
            try {
                List<Lesson> read = folder == null ? Lessons.all() : Lessons.all(folder);
                fx.execute(() -> {
                    lessons.setAll(read);
                    if (!read.isEmpty() && selected.get() == null) {
                        selected.set(read.get(0));
                    }
                });
            } catch (LessonFileException | RuntimeException e) {
                fx.execute(() -> error.set("Cannot read the lessons: " + e.getMessage()));
            }
        });
    }

    /** Trains the selected lesson's experiment and runs its checks. */
    public void runCheck() {
        Lesson lesson = selected.get();
        if (lesson == null) {
            return;
        }
        checks.clear();
        verdict.set("");
        error.set("");
        job.start(RunOptions.figuresOnly(), context -> LessonRunner.check(LessonRunner.run(lesson, context)),
                snapshot -> { }, (List<CheckOutcome> outcomes) -> {
                    checks.setAll(outcomes);
                    long passed = outcomes.stream().filter(CheckOutcome::passed).count();
                    verdict.set(passed == outcomes.size() ? "All " + outcomes.size() + " checks passed: the effect "
                            + "shows with these settings" : (outcomes.size() - passed) + " of " + outcomes.size()
                            + " checks failed");
                }, error::set);
    }

    public void stop() {
        job.cancel();
    }

    /** "Comparison of 3 variants", "Sweep of λ (L2) over 12 values", ... for the details pane. */
    public static String describe(Experiment e) {
        if (e instanceof Experiment.Single) {
            return "One model";
        }
        if (e instanceof Experiment.Compare c) {
            return "Comparison of " + c.variants().size() + " variants: " + String.join(", ", c.runNames());
        }
        if (e instanceof Experiment.SweepRun s) {
            return "Sweep of " + s.parameter().axisLabel() + " over " + s.values().size() + " values";
        }
        Experiment.Validation v = (Experiment.Validation) e;
        return "Validation methods: " + String.join(", ", v.plans().stream().map(p -> p.method().key()).toList());
    }

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    public ObjectProperty<Lesson> selectedProperty() {
        return selected;
    }

    public ObservableList<CheckOutcome> checks() {
        return checks;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public TeachJob job() {
        return job;
    }
}
