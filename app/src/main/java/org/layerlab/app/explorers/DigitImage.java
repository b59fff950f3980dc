package org.layerlab.app.explorers;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Paints a 28x28 digit (pixels 0..255, row by row) as grey levels, each pixel a square block so it
 * reads on a projector.
 */
public final class DigitImage {

    /** Side of an MNIST digit. */
    public static final int SIDE = 28;

    private DigitImage() {
    }

    /** The digit as MNIST stores it: white strokes on black, {@code scale} screen pixels per image pixel. */
    public static WritableImage render(float[] pixels, int scale) {
        if (pixels.length != SIDE * SIDE) {
            throw new IllegalArgumentException("a digit needs 784 pixels, found " + pixels.length);
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be 1 or more, found " + scale);
        }
        WritableImage image = new WritableImage(SIDE * scale, SIDE * scale);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int g = (int) Math.round(Math.max(0, Math.min(255, pixels[y * SIDE + x])));
                int argb = 0xFF000000 | (g << 16) | (g << 8) | g;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        w.setArgb(x * scale + dx, y * scale + dy, argb);
                    }
                }
            }
        }
        return image;
    }
}
