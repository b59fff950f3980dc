package org.layerlab.app.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.layerlab.app.compare.CompareViewModel;
import org.layerlab.app.compare.CompareWindow;
import org.layerlab.app.explorers.AugmentationViewModel;
import org.layerlab.app.explorers.ExplorersViewModel;
import org.layerlab.app.explorers.ExplorersWindow;
import org.layerlab.app.sweep.SweepViewModel;
import org.layerlab.app.sweep.SweepWindow;
import org.layerlab.app.training.FrameLoop;
import org.layerlab.app.validation.ValidationViewModel;
import org.layerlab.app.validation.ValidationWindow;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.teach.lesson.Experiment;

/**
 * Opens the teaching toolkit's windows (Lessons, Compare runs, Sweep, Validation, Explorers) from the
 * studio's Teach menu, one of each, starting from the studio's current project; each window has its own frame
 * loop and stops its runs when it closes.
 */
public final class TeachWindows {

    private final Supplier<Window> owner;
    private final Supplier<Project> current;
    private final Consumer<Project> openInStudio;
    private final Executor background;
    private final Executor fx;
    private final Path lessonsFolder;
    private final List<String> stylesheets;
    private LessonsWindow lessons;
    private CompareWindow compare;
    private CompareViewModel compareModel;
    private SweepWindow sweep;
    private SweepViewModel sweepModel;
    private ExplorersWindow explorers;
    private ValidationWindow validation;
    private ValidationViewModel validationModel;

    /**
     * @param lessonsFolder the lessons to list, or null for the bundled folder
     */
    public TeachWindows(Supplier<Window> owner, Supplier<Project> current, Consumer<Project> openInStudio,
                        Executor background, Executor fx, Path lessonsFolder, List<String> stylesheets) {
        this.owner = owner;
        this.current = current;
        this.openInStudio = openInStudio;
        this.background = background;
        this.fx = fx;
        this.lessonsFolder = lessonsFolder;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** The Teach menu. */
    public Menu menu() {
        Menu menu = new Menu("_Teach");
        menu.setId("teachMenu");
        menu.getItems().addAll(item("teachLessonsItem", "Lessons…", this::showLessons),
                item("teachCompareItem", "Compare runs…", this::showCompare),
                item("teachSweepItem", "Sweep a hyperparameter…", this::showSweep),
                item("teachValidationItem", "Validation (holdout, K-fold)…", this::showValidation),
                item("teachExplorersItem", "Explorers (activations, schedules, bias/variance, augmentation)…",
                        this::showExplorers));
        return menu;
    }

    public LessonsWindow showLessons() {
        if (lessons == null) {
            LessonsViewModel model = new LessonsViewModel(background, fx, FrameLoop.animationTimer());
            lessons = new LessonsWindow(owner.get(), model, new LessonsWindow.Actions() {
                @Override
                public void openInStudio(Project project) {
                    openInStudio.accept(project);
                }

                @Override
                public void compare(Project base, List<Experiment.VariantSpec> variants) {
                    showCompare(base).ifIdle(m -> m.preset(base, variants));
                }

                @Override
                public void sweep(Project base, Experiment.SweepRun run) {
                    SweepWindow w = showSweep(base);
                    if (!sweepModel.job().runningProperty().get()) {
                        sweepModel.preset(base, run.parameter(), run.node(), run.values());
                    }
                    w.show();
                }
            }, stylesheets);
            model.load(lessonsFolder);
        }
        lessons.show();
        return lessons;
    }

    /** Compare runs of the studio's current project. */
    public CompareWindow showCompare() {
        return showCompare(current.get()).window;
    }

    private Opened showCompare(Project base) {
        if (compare == null || !compare.stage().isShowing()) {
            compareModel = new CompareViewModel(base, background, fx, FrameLoop.animationTimer());
            compare = new CompareWindow(owner.get(), compareModel, stylesheets);
        } else if (!compareModel.job().runningProperty().get()) {
            compareModel.setBase(base);
        }
        compare.show();
        return new Opened(compare, compareModel);
    }

    /** The Compare window and its model, for a caller that presets it unless it is busy. */
    private record Opened(CompareWindow window, CompareViewModel model) {
        void ifIdle(Consumer<CompareViewModel> action) {
            if (!model.job().runningProperty().get()) {
                action.accept(model);
            }
        }
    }

    /** A sweep of the studio's current project. */
    public SweepWindow showSweep() {
        return showSweep(current.get());
    }

    private SweepWindow showSweep(Project base) {
        if (sweep == null || !sweep.stage().isShowing()) {
            sweepModel = new SweepViewModel(base, background, fx, FrameLoop.animationTimer());
            sweep = new SweepWindow(owner.get(), sweepModel, stylesheets);
        } else if (!sweepModel.job().runningProperty().get()) {
            sweepModel.preset(base, sweepModel.parameterProperty().get(), null,
                    SweepViewModel.parse(sweepModel.valuesProperty().get()));
        }
        sweep.show();
        return sweep;
    }

    /** Holdout / K-fold / iterated K-fold of the studio's current project. */
    public ValidationWindow showValidation() {
        if (validation == null || !validation.stage().isShowing()) {
            validationModel = new ValidationViewModel(current.get(), background, fx, FrameLoop.animationTimer());
            validation = new ValidationWindow(owner.get(), validationModel, stylesheets);
        } else if (!validationModel.job().runningProperty().get()) {
            validationModel.setBase(current.get());
        }
        validation.show();
        return validation;
    }

    public ExplorersWindow showExplorers() {
        if (explorers == null) {
            explorers = new ExplorersWindow(owner.get(), new ExplorersViewModel(), model -> {
                Project p = current.get();
                double trainShare = p.dataset().trainRatio();
                model.showSchedule(p.training(), (int) Math.max(1, Math.round(p.dataset().samples() * trainShare)));
            }, new AugmentationViewModel(background, fx), stylesheets);
        }
        explorers.show();
        return explorers;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
