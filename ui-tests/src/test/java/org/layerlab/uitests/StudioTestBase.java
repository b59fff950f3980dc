package org.layerlab.uitests;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.layerlab.app.StudioApp;
import org.layerlab.app.shell.Studio;
import org.layerlab.app.shell.StudioServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real studio headless (Monocle) before each test, with scripted dialogs and a
 * preferences node of its own, and closes it after.
 */
abstract class StudioTestBase extends FxRobot {

    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Preferences prefs = Preferences.userRoot().node("org/layerlab/uitest/" + UUID.randomUUID());
    protected StudioApp app;
    protected Studio studio;

    @BeforeEach
    void startStudio() throws Exception {
        FxToolkit.registerPrimaryStage();
        // Every test gets the default window size, whatever an earlier test did to the shared stage.
        FxToolkit.setupStage(stage -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        app = (StudioApp) FxToolkit.setupApplication(() -> new StudioApp(owner -> dialogs,
                () -> StudioServices.standard().withPreferences(prefs)));
        studio = app.studio();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopStudio() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        prefs.removeNode();
    }

    /** The sample-data folder the build points the tests at. */
    protected static Path sampleData() {
        return Path.of(System.getProperty("layerlab.sampleData", "../sample-data")).toAbsolutePath().normalize();
    }

    /** Runs on the FX thread and waits for the result. */
    protected <T> T onFx(Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    protected void onFx(Runnable task) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    /** Waits until {@code condition} (checked on the FX thread) holds, failing after {@code seconds}. */
    protected void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /**
     * The node the query finds, looked up on the FX thread: a lookup from the test thread walks the
     * scene graph while the FX thread changes it (table rows, live views) and can fail with an
     * IndexOutOfBoundsException.
     */
    protected <T extends Node> T node(String query) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return lookup(query).query();
        }
        return onFx(() -> lookup(query).<T>query());
    }
}
