package org.layerlab.uitests.canvas;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Works around a Monocle (17.0.10) drag-and-drop bug for tests that drag from the palette.
 * Monocle remembers the window of the first mouse event as the drag-and-drop window and forgets it
 * only when a drag-and-drop ends. TestFX shows a fresh window for each test, so the next real
 * drag-and-drop "leaves" a window it never entered and glass throws
 * {@code NullPointerException: ... "this.dropTargetAssistant" is null}. Forgetting the stale window
 * makes Monocle take the current one, as on its very first event. Call it on the FX thread
 * ({@code robot.interact(MonocleDragFix::forgetDragWindow)}) before dragging from the palette.
 */
public final class MonocleDragFix {

    private MonocleDragFix() {
    }

    public static void forgetDragWindow() {
        try {
            Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Method instance = input.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            Field dragView = input.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance.invoke(null), null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Monocle's MouseInput changed; this workaround needs a look: " + e, e);
        }
    }
}
