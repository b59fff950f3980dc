package org.layerlab.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.layerlab.app.bench.StartupProbe;
import org.layerlab.app.shell.Dialogs;
import org.layerlab.app.shell.FxDialogs;
import org.layerlab.app.shell.Studio;
import org.layerlab.app.shell.StudioServices;

/**
 * The JavaFX application: applies the theme, builds the {@link Studio} in the primary stage and opens
 * the project file named on the command line, if any. Tests construct it with their own dialogs and
 * services.
 */
public class StudioApp extends Application {

    private final Function<Supplier<Window>, Dialogs> dialogs;
    private final Supplier<StudioServices> services;
    private Studio studio;

    public StudioApp() {
        this(FxDialogs::new, StudioServices::standard);
    }

    /** A studio whose dialogs and services are chosen by the caller (tests). */
    public StudioApp(Function<Supplier<Window>, Dialogs> dialogs, Supplier<StudioServices> services) {
        this.dialogs = dialogs;
        this.services = services;
    }

    @Override
    public void start(Stage stage) {
        Studio.applyTheme();
        studio = new Studio(stage, services.get(), dialogs.apply(() -> stage));
        studio.show();
        StartupProbe.installIfAsked(studio);
        Parameters parameters = getParameters();
        if (parameters == null) {
            return;
        }
        parameters.getUnnamed().stream().map(Path::of).filter(Files::isRegularFile).findFirst()
                .ifPresent(p -> studio.actions().openFile(p));
    }

    @Override
    public void stop() {
        if (studio != null) {
            studio.dispose();
        }
    }

    /** The running studio (null before {@link #start}). */
    public Studio studio() {
        return studio;
    }
}
