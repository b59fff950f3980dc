package org.layerlab.app.histograms;

import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The histogram panels in equal columns: as many as fit side by side (all four layers of an MNIST
 * MLP on a 1280-pixel screen), as tall as the visible area allows so a row needs no scrolling, and
 * scrolling only when the rows cannot fit. Anything else in it (the "no snapshot yet" note) keeps its
 * own size at the top left.
 */
final class PanelGrid extends Pane {

    static final double GAP = 12;
    static final double MIN_WIDTH = 270;
    static final double MAX_WIDTH = 620;
    static final double MIN_HEIGHT = 280;

    private double viewportHeight;

    /** The height of the visible area (the scroll pane's viewport), which one row of panels may fill. */
    void setViewportHeight(double height) {
        if (height != viewportHeight) {
            viewportHeight = height;
            requestLayout();
        }
    }

    private int panels() {
        int n = 0;
        for (Node child : getManagedChildren()) {
            n += child instanceof HistogramPanel ? 1 : 0;
        }
        return n;
    }

    /** Columns for {@code panels} panels in {@code width}: as many as fit at the minimum width. */
    static int columns(int panels, double width) {
        return Math.max(1, Math.min(panels, (int) ((width - GAP) / (MIN_WIDTH + GAP))));
    }

    private double panelHeight(int rows) {
        double fill = (viewportHeight - GAP * (rows + 1)) / rows;
        return Math.max(MIN_HEIGHT, fill);
    }

    @Override
    protected double computePrefHeight(double width) {
        int n = panels();
        if (n == 0) {
            return super.computePrefHeight(width);
        }
        double w = width > 0 ? width : getWidth();
        int rows = (n + columns(n, w) - 1) / columns(n, w);
        return rows * panelHeight(rows) + GAP * (rows + 1);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        int n = panels();
        int columns = columns(Math.max(1, n), w);
        int rows = Math.max(1, (n + columns - 1) / columns);
        double panelW = Math.min(MAX_WIDTH, (w - GAP * (columns + 1)) / columns);
        double panelH = panelHeight(rows);
        int i = 0;
        for (Node child : getManagedChildren()) {
            if (child instanceof HistogramPanel) {
                int row = i / columns;
                int col = i % columns;
                child.resizeRelocate(GAP + col * (panelW + GAP), GAP + row * (panelH + GAP), panelW, panelH);
                i++;
            } else {
                child.autosize();
                child.relocate(GAP, GAP);
            }
        }
    }
}
