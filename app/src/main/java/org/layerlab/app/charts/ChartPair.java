package org.layerlab.app.charts;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Two charts stacked when the space is tall and side by side when it is wide, so each keeps a plot
 * tall enough to read (a 700 x 350 pane stacked would leave two plots 80 px high). A chart that is
 * not managed (accuracy, for regression) leaves the whole space to the other.
 */
final class ChartPair extends Pane {

    /** Width over height from which the charts sit side by side. */
    static final double SIDE_BY_SIDE_RATIO = 1.6;

    private final Region first;
    private final Region second;

    ChartPair(Region first, Region second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
        setMinSize(160, 120);
    }

    /** True when the charts are laid out side by side at this size. */
    static boolean sideBySide(double width, double height) {
        return width >= SIDE_BY_SIDE_RATIO * height;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (!second.isManaged()) {
            first.resizeRelocate(0, 0, w, h);
            return;
        }
        if (sideBySide(w, h)) {
            double half = Math.floor(w / 2);
            first.resizeRelocate(0, 0, half, h);
            second.resizeRelocate(half, 0, w - half, h);
        } else {
            double half = Math.floor(h / 2);
            first.resizeRelocate(0, 0, w, half);
            second.resizeRelocate(0, half, w, h - half);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return first.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return first.prefHeight(-1) + (second.isManaged() ? second.prefHeight(-1) : 0);
    }
}
