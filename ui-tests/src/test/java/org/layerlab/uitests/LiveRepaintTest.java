package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.layerlab.app.views.CanvasPane;
import org.layerlab.app.views.LiveClock;

/** The live views repaint together, in the first frame of each tick of the live clock. */
class LiveRepaintTest extends StudioTestBase {

    private static final long TICK = LiveClock.INTERVAL_NANOS;
    private static final long FRAME = 15_000_000L;

    /** Counts its repaints. */
    private static final class Counting extends CanvasPane {
        int paints;

        @Override
        protected void paint(GraphicsContext g, double width, double height) {
            paints++;
        }
    }

    @Test
    void aChangeMidTickWaitsForTheNextTickAndAPaneBroughtIntoViewShowsItsLastPaintUntilThen() {
        Counting pane = onFx(() -> {
            Counting p = new Counting();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(p), 300, 200));
            stage.show();
            p.applyCss();
            p.layout();
            return p;
        });
        long start = (System.nanoTime() / TICK + 10) * TICK;
        int[] paints = onFx(() -> {
            int[] counts = new int[8];
            int k = 0;
            pane.paints = 0;
            // first frame of a tick: a change paints
            pane.markDirty();
            pane.flushLive(start + 1_000_000);
            counts[k++] = pane.paints;
            // a change later in the same tick waits, however many frames ask
            pane.markDirty();
            for (long t = start + 1_000_000 + FRAME; t < start + TICK; t += FRAME) {
                pane.flushLive(t);
            }
            counts[k++] = pane.paints;
            // ... and paints in the first frame of the next tick
            pane.flushLive(start + TICK + 3_000_000);
            counts[k++] = pane.paints;
            // hidden: changes are not painted at all
            pane.setVisible(false);
            pane.markDirty();
            pane.flushLive(start + 2 * TICK + 1_000_000);
            counts[k++] = pane.paints;
            // brought into view mid-tick (a tab to the front): neither the frame loop nor the layout
            // pass repaints it before the next tick
            pane.setVisible(true);
            pane.flushLive(start + 2 * TICK + 1_000_000 + FRAME);
            pane.requestLayout();
            pane.layout();
            counts[k++] = pane.paints;
            pane.flushLive(start + 3 * TICK + 500_000);
            counts[k++] = pane.paints;
            return counts;
        });
        assertThat(paints).startsWith(1, 1, 2, 2, 2, 3);
    }

    @Test
    void aPaneResizedRepaintsAtOnceAndOneNoLongerDrivenByTheFrameLoopRepaintsOnLayout() {
        Counting pane = onFx(() -> {
            Counting p = new Counting();
            Stage stage = new Stage();
            // a plain Pane leaves its child's size to the test
            stage.setScene(new Scene(new javafx.scene.layout.Pane(p), 500, 300));
            stage.show();
            p.resize(300, 200);
            p.applyCss();
            p.layout();
            return p;
        });
        int[] paints = onFx(() -> {
            int[] counts = new int[3];
            long now = System.nanoTime();
            pane.flushLive(now);
            pane.paints = 0;
            pane.resize(420, 200);
            pane.layout();
            counts[0] = pane.paints;
            // the frame loop stopped asking long ago (no run): a change paints on the next layout
            pane.flushLive(now - 10 * TICK);
            pane.markDirty();
            pane.requestLayout();
            pane.layout();
            counts[1] = pane.paints;
            return counts;
        });
        assertThat(paints[0]).as("repaints after a resize").isEqualTo(1);
        assertThat(paints[1]).as("repaints on layout with no frame loop").isEqualTo(2);
    }
}
