package org.layerlab.app.shell;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.dataset.DatasetViewModel;
import org.layerlab.app.help.HelpWindows;
import org.layerlab.app.inspector.InspectorViewModel;
import org.layerlab.app.lessons.TeachWindows;
import org.layerlab.app.live.LiveViews;
import org.layerlab.app.live.LiveViewsFeed;
import org.layerlab.app.views.ExportDialogs;
import org.layerlab.app.training.TrainingViewModel;
import org.layerlab.engine.graph.ModelGraph;

/**
 * The studio's composition root: creates the document, the view models and the main window, wires
 * validation and the menus, and shows the window at once while the backend is detected in the
 * background.
 */
public final class Studio {

    /** The app's stylesheet, on top of AtlantaFX's Primer Light. */
    public static final String STYLESHEET =
            Objects.requireNonNull(Studio.class.getResource("/org/layerlab/app/studio.css")).toExternalForm();

    private final Stage stage;
    private final StudioServices services;
    private final Dialogs dialogs;
    private final GraphEditor editor;
    private final ProjectDocument document;
    private final DatasetViewModel dataset;
    private final TrainingViewModel training;
    private final InspectorViewModel inspector;
    private final DocumentActions actions;
    private final LiveViews liveViews = new LiveViews();
    private final LiveViewsFeed liveFeed;
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper(this, "backend", "Backend: starting…");
    private final MainWindow window;
    private final TeachWindows teach;
    private final Scene scene;

    public Studio(Stage stage, StudioServices services, Dialogs dialogs) {
        this.stage = stage;
        this.services = services;
        this.dialogs = dialogs;
        editor = new GraphEditor(ModelGraph.empty());
        document = new ProjectDocument(editor);
        dataset = new DatasetViewModel(document.datasetProperty(), editor, services.data(), services.background(),
                services.fx());
        training = new TrainingViewModel(services.runs(), services.background(), services.fx(), services.frames(),
                document::project);
        inspector = new InspectorViewModel(editor);
        actions = new DocumentActions(document, new RecentFiles(services.preferences()), dialogs, training,
                services.sampleData());
        new GraphChecker(editor, dataset.shapeProperty(), dataset.errorProperty(), training);
        InvalidationListener changed = o -> training.projectChanged();
        editor.graphProperty().addListener(changed);
        document.datasetProperty().addListener(changed);
        document.trainingProperty().addListener(changed);

        liveFeed = new LiveViewsFeed(liveViews, training, editor, dataset.previewProperty(),
                document.trainingProperty(), services.data(), services.background(), services.fx());
        liveViews.setExportDialogs(new ExportDialogs() {
            @Override
            public Optional<Path> chooseExportFile(String suggestedName) {
                return dialogs.chooseViewExport(actions.projectsFolder(), suggestedName);
            }

            @Override
            public void showError(String title, String message) {
                dialogs.showError(title, message);
            }
        });

        HelpWindows help = new HelpWindows(() -> stage, List.of(STYLESHEET));
        StudioMenus menus = new StudioMenus(() -> stage.getScene() == null ? null : stage.getScene().getFocusOwner());
        window = new MainWindow(this);
        window.setMenuBar(menus.build(actions, editor, training, window, services.sampleData(),
                new StudioMenus.HelpActions() {
                    @Override
                    public void concepts() {
                        help.showConcepts();
                    }

                    @Override
                    public void shortcuts() {
                        help.showShortcuts();
                    }

                    @Override
                    public void about() {
                        help.showAbout(backend.get());
                    }
                }, this::quit));
        teach = new TeachWindows(() -> stage, document::project, actions::openProject, services.background(),
                services.fx(), services.sampleData() == null ? null : services.sampleData().resolve("lessons"),
                List.of(STYLESHEET));
        window.addMenu(teach.menu());
        // After layout, so the canvas knows its size when it fits the opened graph in view.
        actions.setAfterLoad(() -> services.fx().execute(window.canvas()::zoomToFit));
        scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(STYLESHEET);
        RunKeys.install(scene, training);
        // F11 toggles the presenter layout too (the View menu shows Ctrl+Shift+P).
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F11),
                () -> window.presenterProperty().set(!window.presenterProperty().get()));
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.titleProperty().bind(document.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (actions.confirmDiscard()) {
                dispose();
            } else {
                e.consume();
            }
        });
        detectBackend();
    }

    /** The pulse rate asked of JavaFX where it has no vertical sync (Linux), in frames a second. */
    public static final int PULSE_HZ = 70;

    /**
     * Asks JavaFX for a frame every 14 ms instead of 16; call before the toolkit starts. Without
     * vertical sync (GTK) JavaFX's timer fires a whole number of milliseconds after the previous
     * pulse was handled, so at its default 60 Hz every frame interval is 16 ms plus the wake-up
     * latency: ~61 frames a second at best, and an idle studio already had 5 % of its intervals
     * over 16.7 ms (a 60 Hz display then repeats a frame). At 66 Hz (15 ms) the idle intervals were
     * 15.4 ms, but a studio training at full speed still had 4-5.5 % of them over 16.7 ms: the FX
     * thread wakes 1-3 ms late from time to time with both cores busy. At 70 Hz (14 ms) the same
     * lateness leaves 2.7 ms to spare: 2.3-3.5 % over 16.7 ms, at 7 % more (mostly empty) pulses.
     * Where the platform reports its display's refresh period, JavaFX paces pulses by it and
     * ignores the setting. A {@code -Djavafx.animation.pulse} given on the command line wins.
     */
    public static void pacePulses() {
        if (System.getProperty("javafx.animation.pulse") == null) {
            System.setProperty("javafx.animation.pulse", Integer.toString(PULSE_HZ));
        }
    }

    /** Applies the theme for the whole application; call once before the first window shows. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public void show() {
        stage.show();
    }

    /** Ends the run (its worker thread) when the window goes away. */
    public void dispose() {
        training.reset();
    }

    private void quit() {
        if (actions.confirmDiscard()) {
            dispose();
            Platform.exit();
        }
    }

    private void detectBackend() {
        services.background().execute(() -> {
            String text;
            try {
                text = services.backend().get();
            } catch (RuntimeException | LinkageError e) {
                text = "backend unavailable: " + e.getMessage();
            }
            String shown = text;
            services.fx().execute(() -> backend.set(shown));
        });
    }

    /** Asks for a CSV file for the dataset panel. */
    Optional<Path> chooseCsv() {
        return dialogs.chooseCsv(actions.projectsFolder().getParent());
    }

    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public GraphEditor editor() {
        return editor;
    }

    public ProjectDocument document() {
        return document;
    }

    public DatasetViewModel dataset() {
        return dataset;
    }

    public TrainingViewModel training() {
        return training;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    /** Every live view of the window. */
    public LiveViews liveViews() {
        return liveViews;
    }

    /** What feeds the live views besides the mailbox: graph, data points, settings. */
    public LiveViewsFeed liveFeed() {
        return liveFeed;
    }

    public DocumentActions actions() {
        return actions;
    }

    public MainWindow window() {
        return window;
    }

    /** The teaching toolkit's windows (the Teach menu). */
    public TeachWindows teach() {
        return teach;
    }

    public StudioServices services() {
        return services;
    }
}
