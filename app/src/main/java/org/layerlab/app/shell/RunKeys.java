package org.layerlab.app.shell;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.layerlab.app.training.TrainingViewModel;

/**
 * Keeps Space (Train/Pause) and → (step one epoch) working when a button has the keyboard focus:
 * JavaFX gives the key to the focused button first (Space would press "Regenerate" again), and an
 * instructor who just clicked a button still expects Space to pause. Text fields, sliders and check
 * boxes keep their keys; everywhere else the Run menu's accelerators handle them.
 */
final class RunKeys {

    private RunKeys() {
    }

    static void install(Scene scene, TrainingViewModel training) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown() || !(scene.getFocusOwner() instanceof Button)) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE && training.trainEnabledProperty().get()) {
                training.trainOrPause();
                e.consume();
            } else if (e.getCode() == KeyCode.RIGHT && training.stepEnabledProperty().get()) {
                training.stepEpoch();
                e.consume();
            }
        });
    }
}
