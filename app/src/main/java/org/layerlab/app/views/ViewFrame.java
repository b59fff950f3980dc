package org.layerlab.app.views;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * The frame every view shares: a toolbar (title, the view's own controls, an Export button) above
 * the content, the view's stylesheet, and the right-click menu to save a PNG or the data as CSV.
 */
public abstract class ViewFrame extends BorderPane {

    private final HBox toolbar;
    private final Region spacer = new Region();
    private final String exportName;
    private final Label titleLabel;
    private ExportDialogs exportDialogs;

    protected ViewFrame(String title, String exportName) {
        this.exportName = exportName;
        getStyleClass().add("live-view");
        getStylesheets().add(ViewFrame.class.getResource("views.css").toExternalForm());
        titleLabel = new Label(title);
        titleLabel.getStyleClass().add("view-title");
        HBox.setHgrow(spacer, Priority.ALWAYS);
        titleLabel.setMinWidth(60);
        MenuButton export = ViewExport.exportButton(this);
        export.setMinWidth(Region.USE_PREF_SIZE);
        toolbar = new HBox(titleLabel, spacer, export);
        toolbar.getStyleClass().add("view-toolbar");
        setTop(toolbar);
        ViewExport.installContextMenu(this);
    }

    /** Changes the toolbar's title (a view that shows different things for different data). */
    protected final void setTitle(String title) {
        titleLabel.setText(title);
    }

    /** Adds the view's own controls to the toolbar, after the title. */
    protected final void addTools(Node... tools) {
        for (Node tool : tools) {
            // Controls keep their size in a narrow dock; only the title may be cut.
            if (tool instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        toolbar.getChildren().addAll(toolbar.getChildren().indexOf(spacer), List.of(tools));
    }

    /** Where Save as PNG / CSV asks for the file (the studio's dialogs); a JavaFX file chooser if not set. */
    public final void setExportDialogs(ExportDialogs dialogs) {
        this.exportDialogs = dialogs;
    }

    final ExportDialogs exportDialogs() {
        return exportDialogs == null ? ViewExport.fileChooser(this) : exportDialogs;
    }

    /** The file name stem for exports ("loss-accuracy"). */
    public final String exportName() {
        return exportName;
    }

    /** The data the view shows, as a table. */
    public abstract CsvTable toCsv();

    /** The part saved as PNG: the content, without the toolbar. */
    public Node pngNode() {
        return getCenter();
    }

    /** Repaints every canvas now so a PNG shows the current data even if the view was hidden. */
    public void repaintForExport() {
    }

    public final boolean isShowing() {
        return CanvasPane.isTreeShowing(this);
    }
}
