package org.layerlab.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Help menu's windows: concepts, keyboard shortcuts, and About with the versions in use. */
public final class HelpWindows {

    /** Every shortcut of the studio, as the shortcuts window lists it. */
    public static final List<String[]> SHORTCUTS = List.of(
            new String[] {"Space", "Train / Pause / Resume"},
            new String[] {"→", "Step one epoch"},
            new String[] {"Ctrl+→", "Step one batch"},
            new String[] {"Ctrl+.", "Stop"},
            new String[] {"R", "Reset the run (fresh weights)"},
            new String[] {"Ctrl+Z / Ctrl+Shift+Z", "Undo / Redo"},
            new String[] {"Ctrl+X / Ctrl+C / Ctrl+V", "Cut / Copy / Paste layers"},
            new String[] {"Ctrl+D", "Duplicate the selected layers"},
            new String[] {"Delete", "Delete the selected layers"},
            new String[] {"Ctrl+A", "Select all layers"},
            new String[] {"Ctrl+= / Ctrl+- / Ctrl+0", "Zoom in / out / actual size"},
            new String[] {"Ctrl+9", "Fit the graph in the window"},
            new String[] {"Ctrl+L", "Tidy up the layout"},
            new String[] {"F11 / Ctrl+Shift+P", "Presenter layout: only the network and the live views"},
            new String[] {"Ctrl+1 … Ctrl+7", "Show the boundary, loss, histograms, dropout, gradients, summary, metrics"},
            new String[] {"Ctrl+N / Ctrl+O / Ctrl+S", "New / Open / Save project"},
            new String[] {"Ctrl+Shift+S", "Save As"},
            new String[] {"Ctrl+E", "Export the trained model"},
            new String[] {"Ctrl+Q", "Quit"},
            new String[] {"F1", "Concepts"});

    private final Supplier<Window> owner;
    private final List<String> stylesheets;
    private Stage concepts;

    public HelpWindows(Supplier<Window> owner, List<String> stylesheets) {
        this.owner = owner;
        this.stylesheets = stylesheets;
    }

    /** The concepts window (not modal, so it can stay open beside the studio while teaching). */
    public void showConcepts() {
        if (concepts == null) {
            VBox content = new VBox(6);
            content.setPadding(new Insets(16));
            content.getStyleClass().add("concepts");
            String group = null;
            for (Concepts.Concept c : Concepts.all()) {
                if (!c.group().equals(group)) {
                    group = c.group();
                    Label heading = new Label(group);
                    heading.getStyleClass().add("concept-group");
                    content.getChildren().add(heading);
                }
                Label title = new Label(c.title());
                title.getStyleClass().add("concept-title");
                Label text = new Label(c.text());
                text.setWrapText(true);
                text.getStyleClass().add("concept-text");
                content.getChildren().addAll(title, text);
            }
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            concepts = stage("LayerLab — Concepts", scroll, 680, 720, false);
            concepts.getScene().getRoot().setId("conceptsWindow");
        }
        concepts.show();
        concepts.toFront();
    }

    public void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setId("shortcutsWindow");
        grid.setHgap(24);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        int row = 0;
        for (String[] s : SHORTCUTS) {
            Label key = new Label(s[0]);
            key.getStyleClass().add("shortcut-key");
            grid.add(key, 0, row);
            grid.add(new Label(s[1]), 1, row++);
        }
        stage("LayerLab — Keyboard shortcuts", grid, 560, 620, true).showAndWait();
    }

    /** About: LayerLab, Deeplearning4j, JavaFX and Java versions, and the backend ND4J runs on. */
    public void showAbout(String backend) {
        Label name = new Label("LayerLab " + version());
        name.getStyleClass().add("about-title");
        Label what = new Label("A studio for teaching and learning deep learning: build a network by dragging layers, "
                + "train it, and watch what happens inside.");
        what.setWrapText(true);
        GridPane versions = new GridPane();
        versions.setHgap(16);
        versions.setVgap(6);
        String[][] rows = {
                {"Deeplearning4j", mavenVersion("org.deeplearning4j", "deeplearning4j-nn")},
                {"ND4J backend", backend},
                {"JavaFX", System.getProperty("javafx.runtime.version", "unknown")},
                {"Java", System.getProperty("java.runtime.version", Runtime.version().toString()) + " ("
                        + System.getProperty("java.vendor", "") + ")"},
                {"System", System.getProperty("os.name") + " " + System.getProperty("os.arch")}};
        for (int i = 0; i < rows.length; i++) {
            Label k = new Label(rows[i][0]);
            k.getStyleClass().add("form-label");
            Label v = new Label(rows[i][1]);
            v.setId("about-" + rows[i][0].replaceAll("\\W", "").toLowerCase());
            versions.add(k, 0, i);
            versions.add(v, 1, i);
        }
        Button close = new Button("Close");
        close.setDefaultButton(true);
        VBox box = new VBox(14, name, what, versions, close);
        box.setId("aboutWindow");
        box.setPadding(new Insets(20));
        Stage stage = stage("About LayerLab", box, 560, 340, true);
        close.setOnAction(e -> stage.close());
        stage.showAndWait();
    }

    private Stage stage(String title, Parent root, double w, double h, boolean modal) {
        Stage stage = new Stage();
        stage.initOwner(owner.get());
        if (modal) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        return stage;
    }

    /** LayerLab's version from the jar manifest, or the development version when run from classes. */
    static String version() {
        String v = HelpWindows.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    /** A library's version from the pom.properties Maven puts in its jar, without loading the library. */
    static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = HelpWindows.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
