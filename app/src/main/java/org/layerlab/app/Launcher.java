package org.layerlab.app;

import javafx.application.Application;
import org.layerlab.app.shell.Studio;

/**
 * Starts the studio from a plain classpath: a main class that does not extend {@link Application},
 * which JavaFX requires when it is not on the module path. Arguments: an optional project file to open.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Studio.pacePulses();
        Application.launch(StudioApp.class, args);
    }
}
