package org.layerlab.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.PlotCanvas;
import org.layerlab.app.views.PlotSeries;

/** The loss and gradient charts draw a series of thousands of epochs as a software renderer sees it. */
class PlotCanvasTest extends StudioTestBase {

    /**
     * A dense series (many points per pixel column) is drawn as each column's range plus a line through
     * the columns: a single-epoch spike and a single-epoch dip must still show, and the line must not
     * break between columns.
     */
    @Test
    void aDenseSeriesShowsEverySpikeAndAnUnbrokenLine() {
        int n = 6000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = 0.5;
        }
        y[2500] = 1.0;
        y[4200] = 0.0;
        WritableImage image = onFx(() -> {
            PlotCanvas plot = new PlotCanvas();
            plot.setLegendShown(false);
            plot.setSeries(List.of(new PlotSeries("train", Palette.TRAIN, false, x, y, n)));
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(plot), 420, 300));
            stage.show();
            plot.applyCss();
            plot.layout();
            plot.repaintNow();
            WritableImage shot = plot.snapshot(null, null);
            stage.close();
            return shot;
        });
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] rowCounts = new int[h];
        int top = h;
        int bottom = -1;
        int left = w;
        int right = -1;
        boolean[] columns = new boolean[w];
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                if (near(pixels.getColor(px, py), Palette.TRAIN)) {
                    rowCounts[py]++;
                    top = Math.min(top, py);
                    bottom = Math.max(bottom, py);
                    left = Math.min(left, px);
                    right = Math.max(right, px);
                    columns[px] = true;
                }
            }
        }
        assertThat(right - left).as("width of the drawn series").isGreaterThan(w / 2);
        int line = 0;
        for (int py = 1; py < h; py++) {
            line = rowCounts[py] > rowCounts[line] ? py : line;
        }
        assertThat(line - top).as("the spike rises above the line (line at row %d)", line).isGreaterThan(h / 4);
        assertThat(bottom - line).as("the dip falls below the line (line at row %d)", line).isGreaterThan(h / 4);
        int gaps = 0;
        for (int px = left; px <= right; px++) {
            gaps += columns[px] ? 0 : 1;
        }
        assertThat(gaps).as("pixel columns without the series between its ends").isZero();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.08 && Math.abs(a.getGreen() - b.getGreen()) < 0.08
                && Math.abs(a.getBlue() - b.getBlue()) < 0.08 && a.getOpacity() > 0.9;
    }
}
