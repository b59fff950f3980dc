package org.layerlab.app.views;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane for content that repaints while a run trains. JavaFX's skin keeps the visible area
 * as a cached bitmap (its "viewport" node), so each repaint of a view inside rebuilt that bitmap from
 * everything shown and then drew it: twice the painting, on the thread the FX thread waits for, in a
 * software renderer. Here the viewport is drawn directly; scrolling still works the same.
 */
public class LiveScrollPane extends ScrollPane {

    public LiveScrollPane(Node content) {
        super(content);
        skinProperty().addListener((o, old, skin) -> uncacheViewport());
    }

    /** True once the skin's viewport exists and is drawn without a cached bitmap. */
    public final boolean isViewportUncached() {
        Node viewport = viewport();
        return viewport != null && !viewport.isCache();
    }

    /** The skin's viewport node, or null before the skin exists. */
    public final Node viewport() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("viewport")) {
                return child;
            }
        }
        return null;
    }

    private void uncacheViewport() {
        Node viewport = viewport();
        if (viewport != null) {
            viewport.setCache(false);
        }
    }
}
