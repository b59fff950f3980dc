package org.layerlab.app.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX file choosers and alerts, owned by the main window. */
public final class FxDialogs implements Dialogs {

    private static final FileChooser.ExtensionFilter PROJECTS =
            new FileChooser.ExtensionFilter("LayerLab projects (*.layerlab.json, *.json)", "*.layerlab.json", "*.json");

    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseProjectToOpen(Path initialFolder) {
        FileChooser chooser = chooser("Open project", initialFolder);
        chooser.getExtensionFilters().addAll(PROJECTS, new FileChooser.ExtensionFilter("All files", "*"));
        return path(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseProjectToSave(Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Save project", initialFolder);
        chooser.getExtensionFilters().add(PROJECTS);
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner.get())).map(FxDialogs::withProjectSuffix);
    }

    @Override
    public Optional<Path> chooseModelExport(Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser("Export trained model", initialFolder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DL4J model (*.zip)", "*.zip"));
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner.get()))
                .map(p -> p.getFileName().toString().endsWith(".zip") ? p : p.resolveSibling(p.getFileName() + ".zip"));
    }

    @Override
    public Optional<Path> chooseCsv(Path initialFolder) {
        FileChooser chooser = chooser("Choose a CSV file", initialFolder);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV files (*.csv)", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return path(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseViewExport(Path initialFolder, String suggestedName) {
        boolean png = suggestedName.endsWith(".png");
        String extension = png ? ".png" : ".csv";
        FileChooser chooser = chooser(png ? "Save the view as a picture" : "Save the view's data", initialFolder);
        chooser.getExtensionFilters().add(png ? new FileChooser.ExtensionFilter("PNG picture (*.png)", "*.png")
                : new FileChooser.ExtensionFilter("CSV table (*.csv)", "*.csv"));
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner.get())).map(p -> p.getFileName().toString().endsWith(extension) ? p
                : p.resolveSibling(p.getFileName() + extension));
    }

    @Override
    public SaveChoice askSaveChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, dontSave, cancel);
        alert.initOwner(owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + projectName + "?");
        alert.setContentText("Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A wrapping label so long paths and parser messages stay readable instead of being cut off.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    private static FileChooser chooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Adds ".layerlab.json" when the user typed a bare name. */
    static Path withProjectSuffix(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") ? p : p.resolveSibling(n + ".layerlab.json");
    }
}
