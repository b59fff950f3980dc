package org.layerlab.app.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import org.layerlab.app.canvas.CanvasView;
import org.layerlab.app.canvas.GraphEditor;
import org.layerlab.app.training.TrainingViewModel;

/**
 * The menu bar. Edit commands act on a focused text field when there is one (so Ctrl+C copies text
 * there) and on the graph otherwise; single-key shortcuts (Space, →, R, Delete) leave text fields and
 * sliders alone.
 */
final class StudioMenus {

    private final Supplier<Node> focusOwner;

    StudioMenus(Supplier<Node> focusOwner) {
        this.focusOwner = focusOwner;
    }

    MenuBar build(DocumentActions file, GraphEditor editor, TrainingViewModel training, MainWindow window,
                  Path sampleData, HelpActions help, Runnable quit) {
        MenuBar bar = new MenuBar(fileMenu(file, sampleData, quit), editMenu(editor), runMenu(training),
                viewMenu(window), helpMenu(help));
        bar.setId("menuBar");
        return bar;
    }

    /** Opens the help windows. */
    interface HelpActions {
        void concepts();

        void shortcuts();

        void about();
    }

    private Menu fileMenu(DocumentActions file, Path sampleData, Runnable quit) {
        Menu recent = new Menu("Open Recent");
        recent.setId("openRecentMenu");
        Runnable fillRecent = () -> {
            List<MenuItem> items = new ArrayList<>();
            for (Path p : file.recent().files()) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> file.openFile(p));
                items.add(item);
            }
            if (items.isEmpty()) {
                MenuItem none = new MenuItem("No recent projects");
                none.setDisable(true);
                items.add(none);
            } else {
                items.add(new SeparatorMenuItem());
                items.add(item("clearRecent", "Clear list", null, () -> file.recent().clear()));
            }
            recent.getItems().setAll(items);
        };
        file.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        Menu examples = new Menu("Open Example");
        examples.setId("openExampleMenu");
        for (Path p : exampleProjects(sampleData)) {
            MenuItem item = new MenuItem(p.getFileName().toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> file.openFile(p));
            examples.getItems().add(item);
        }
        examples.setDisable(examples.getItems().isEmpty());

        Menu menu = new Menu("_File");
        menu.getItems().addAll(
                item("newItem", "New", "Shortcut+N", file::newProject),
                item("openItem", "Open…", "Shortcut+O", file::open),
                recent, examples, new SeparatorMenuItem(),
                item("saveItem", "Save", "Shortcut+S", file::save),
                item("saveAsItem", "Save As…", "Shortcut+Shift+S", file::saveAs),
                new SeparatorMenuItem(),
                item("exportItem", "Export trained model…", "Shortcut+E", file::exportModel),
                new SeparatorMenuItem(),
                item("quitItem", "Quit", "Shortcut+Q", quit));
        return menu;
    }

    private Menu editMenu(GraphEditor editor) {
        MenuItem undo = item("undoItem", "Undo", "Shortcut+Z",
                () -> onText(TextInputControl::undo, () -> editor.undo()));
        undo.textProperty().bind(editor.undoDescriptionProperty());
        undo.disableProperty().bind(editor.canUndoProperty().not());
        MenuItem redo = item("redoItem", "Redo", "Shortcut+Shift+Z",
                () -> onText(TextInputControl::redo, () -> editor.redo()));
        redo.textProperty().bind(editor.redoDescriptionProperty());
        redo.disableProperty().bind(editor.canRedoProperty().not());
        Menu menu = new Menu("_Edit");
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("cutItem", "Cut", "Shortcut+X", () -> onText(TextInputControl::cut, editor::cut)),
                item("copyItem", "Copy", "Shortcut+C", () -> onText(TextInputControl::copy, editor::copy)),
                item("pasteItem", "Paste", "Shortcut+V", () -> onText(TextInputControl::paste, editor::paste)),
                item("duplicateItem", "Duplicate", "Shortcut+D", editor::duplicate),
                item("deleteItem", "Delete", "Delete",
                        () -> onText(TextInputControl::deleteNextChar, editor::deleteSelection)),
                new SeparatorMenuItem(),
                item("selectAllItem", "Select all", "Shortcut+A", () -> onText(TextInputControl::selectAll,
                        editor::selectAll)));
        return menu;
    }

    private Menu runMenu(TrainingViewModel training) {
        MenuItem train = item("trainItem", "Train / Pause", "Space", () -> onText(t -> { }, training::trainOrPause));
        train.disableProperty().bind(training.trainEnabledProperty().not());
        MenuItem epoch = item("stepEpochItem", "Step one epoch", "Right", () -> {
            Node f = focusOwner.get();
            if (f instanceof Slider s) {
                s.increment();
            } else {
                onText(TextInputControl::forward, training::stepEpoch);
            }
        });
        epoch.disableProperty().bind(training.stepEnabledProperty().not());
        MenuItem batch = item("stepBatchItem", "Step one batch", "Shortcut+Right", training::stepBatch);
        batch.disableProperty().bind(training.stepEnabledProperty().not());
        MenuItem stop = item("stopItem", "Stop", "Shortcut+Period", training::stop);
        stop.disableProperty().bind(training.stopEnabledProperty().not());
        MenuItem reset = item("resetItem", "Reset", "R", () -> onText(t -> { }, training::reset));
        reset.disableProperty().bind(training.resetEnabledProperty().not());
        Menu menu = new Menu("_Run");
        menu.getItems().addAll(train, epoch, batch, stop, reset);
        return menu;
    }

    private Menu viewMenu(MainWindow window) {
        CanvasView canvas = window.canvas();
        CheckMenuItem presenter = new CheckMenuItem("Presenter layout (F11)");
        presenter.setId("presenterItem");
        presenter.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        presenter.selectedProperty().bindBidirectional(window.presenterProperty());
        Menu views = new Menu("Show live view");
        views.setId("showViewMenu");
        LiveViewsPane pane = window.liveViews();
        String[][] tabs = {
            {"boundaryTab", "Decision boundary"}, {"lossTab", "Loss and accuracy"}, {"histogramsTab", "Histograms"},
            {"layerEffectTab", "Dropout and normalization"}, {"gradientsTab", "Gradient flow"},
            {"summaryTab", "Model summary"}, {"metricsTab", "Metrics table"}};
        for (int i = 0; i < tabs.length; i++) {
            String tab = tabs[i][0];
            views.getItems().add(item("show-" + tab, tabs[i][1], "Shortcut+" + (i + 1), () -> pane.showTab(tab)));
        }
        Menu menu = new Menu("_View");
        menu.getItems().addAll(presenter, views, new SeparatorMenuItem(),
                item("zoomInItem", "Zoom in", "Shortcut+Equals", canvas::zoomIn),
                item("zoomOutItem", "Zoom out", "Shortcut+Minus", canvas::zoomOut),
                item("resetZoomItem", "Actual size", "Shortcut+0", canvas::resetZoom),
                item("zoomToFitItem", "Fit to window", "Shortcut+9", canvas::zoomToFit),
                new SeparatorMenuItem(),
                item("tidyUpItem", "Tidy up layout", "Shortcut+L", canvas::tidyUp));
        return menu;
    }

    private Menu helpMenu(HelpActions help) {
        Menu menu = new Menu("_Help");
        menu.getItems().addAll(
                item("conceptsItem", "Concepts", "F1", help::concepts),
                item("shortcutsItem", "Keyboard shortcuts", null, help::shortcuts),
                new SeparatorMenuItem(),
                item("aboutItem", "About LayerLab", null, help::about));
        return menu;
    }

    /** Runs {@code text} on the focused text field if there is one, {@code otherwise} if not. */
    private void onText(Consumer<TextInputControl> text, Runnable otherwise) {
        if (focusOwner.get() instanceof TextInputControl t) {
            text.accept(t);
        } else {
            otherwise.run();
        }
    }

    private static MenuItem item(String id, String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The sample projects shipped in {@code sample-data/projects}, by name. */
    static List<Path> exampleProjects(Path sampleData) {
        List<Path> out = new ArrayList<>();
        if (sampleData == null || !Files.isDirectory(sampleData.resolve("projects"))) {
            return out;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(sampleData.resolve("projects"), "*.json")) {
            dir.forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }
}
