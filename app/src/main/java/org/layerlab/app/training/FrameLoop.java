package org.layerlab.app.training;

import javafx.animation.AnimationTimer;

/**
 * Calls a task once per frame: the window's one {@link AnimationTimer} in the studio, nothing in unit
 * tests (they call the task themselves).
 */
public interface FrameLoop {

    void start(Runnable perFrame);

    void stop();

    /** The real loop, on the JavaFX pulse. */
    static FrameLoop animationTimer() {
        return new FrameLoop() {
            private AnimationTimer timer;

            @Override
            public void start(Runnable perFrame) {
                stop();
                timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        perFrame.run();
                    }
                };
                timer.start();
            }

            @Override
            public void stop() {
                if (timer != null) {
                    timer.stop();
                    timer = null;
                }
            }
        };
    }

    /** A loop that never runs by itself, for tests that drain by hand. */
    static FrameLoop manual() {
        return new FrameLoop() {
            @Override
            public void start(Runnable perFrame) {
            }

            @Override
            public void stop() {
            }
        };
    }
}
