package org.layerlab.app.views;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Saves a view as a PNG picture or its data as a CSV file, from a toolbar button or the right-click menu. */
public final class ViewExport {

    private ViewExport() {
    }

    /** Writes what {@code node} shows now to a PNG file (FX thread). */
    public static void savePng(Node node, Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = node.snapshot(parameters, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        // ImageIO cannot write the alpha-premultiplied type SwingFXUtils may return: copy to plain RGB.
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    /** Writes the table to a UTF-8 CSV file. */
    public static void saveCsv(CsvTable table, Path file) throws IOException {
        Files.writeString(file, table.toCsv(), StandardCharsets.UTF_8);
    }

    static MenuButton exportButton(ViewFrame view) {
        MenuButton button = new MenuButton("Export", null, pngItem(view), csvItem(view));
        button.getStyleClass().add("export-button");
        button.setTooltip(new Tooltip("Save this view as a PNG picture or its data as a CSV file"));
        return button;
    }

    static void installContextMenu(ViewFrame view) {
        ContextMenu menu = new ContextMenu(pngItem(view), csvItem(view));
        view.setOnContextMenuRequested(e -> {
            menu.show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private static MenuItem pngItem(ViewFrame view) {
        MenuItem item = new MenuItem("Save as PNG…");
        item.setOnAction(e -> choosePng(view));
        return item;
    }

    private static MenuItem csvItem(ViewFrame view) {
        MenuItem item = new MenuItem("Save data as CSV…");
        item.setOnAction(e -> chooseCsv(view));
        return item;
    }

    private static void choosePng(ViewFrame view) {
        ExportDialogs dialogs = view.exportDialogs();
        dialogs.chooseExportFile(view.exportName() + ".png").ifPresent(file -> {
            try {
                view.repaintForExport();
                savePng(view.pngNode(), file);
            } catch (IOException | RuntimeException ex) {
                dialogs.showError("Could not save the picture", "Could not save the picture to " + file + ": "
                        + ex.getMessage());
            }
        });
    }

    private static void chooseCsv(ViewFrame view) {
        ExportDialogs dialogs = view.exportDialogs();
        dialogs.chooseExportFile(view.exportName() + ".csv").ifPresent(file -> {
            try {
                saveCsv(view.toCsv(), file);
            } catch (IOException | RuntimeException ex) {
                dialogs.showError("Could not save the data", "Could not save the data to " + file + ": "
                        + ex.getMessage());
            }
        });
    }

    /** A JavaFX file chooser and an error alert owned by the view's window: for a view outside the studio. */
    static ExportDialogs fileChooser(Node owner) {
        return new ExportDialogs() {
            @Override
            public Optional<Path> chooseExportFile(String suggestedName) {
                boolean png = suggestedName.endsWith(".png");
                File file = chooser(suggestedName, png ? "PNG picture" : "CSV table", png ? "*.png" : "*.csv")
                        .showSaveDialog(window(owner));
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public void showError(String title, String message) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setTitle(title);
                alert.initOwner(window(owner));
                alert.showAndWait();
            }
        };
    }

    private static FileChooser chooser(String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return chooser;
    }

    private static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }
}
