package org.layerlab.app.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.layerlab.app.shell.Studio;

/**
 * The start-up case of {@code layerlab bench --startup}: with {@code -Dlayerlab.probe=startup} the
 * studio prints one line once its window is shown and painted and ND4J is initialised (the backend
 * is known), then quits: {@code layerlab-probe startup jvm_ms=.. window_ms=.. backend_ms=..}, in
 * milliseconds since the JVM started.
 */
public final class StartupProbe {

    private final Studio studio;
    private long windowMillis = -1;
    private long backendMillis = -1;
    private boolean reported;

    private StartupProbe(Studio studio) {
        this.studio = studio;
    }

    /** Watches {@code studio} (just shown, on the FX thread) when the start-up probe is asked for. */
    public static void installIfAsked(Studio studio) {
        if ("startup".equals(System.getProperty("layerlab.probe"))) {
            new StartupProbe(studio).install();
        }
    }

    private void install() {
        // The first frame after the window is showing: it has been laid out and painted.
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (studio.stage().isShowing()) {
                    windowMillis = sinceJvmStart();
                    stop();
                    report();
                }
            }
        }.start();
        studio.backendProperty().addListener((o, a, text) -> {
            if (backendMillis < 0) {
                backendMillis = sinceJvmStart();
                report();
            }
        });
    }

    private void report() {
        if (reported || windowMillis < 0 || backendMillis < 0) {
            return;
        }
        reported = true;
        System.out.printf(Locale.ROOT, "layerlab-probe startup jvm_ms=%d window_ms=%d backend_ms=%d%n",
                Math.max(windowMillis, backendMillis), windowMillis, backendMillis);
        System.out.flush();
        Platform.exit();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
