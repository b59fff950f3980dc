package org.layerlab.app.boundary;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.FittedCurve;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundaryModelTest {

    /** 2x2 over x 0..2, y 0..2: left column class 0, right column class 1. */
    private static DecisionSurface surface() {
        return new DecisionSurface(5, 2, 2, 2, 0, 2, 0, 2, new double[] {0.9, 0.1, 0.2, 0.8, 0.7, 0.3, 0.4, 0.6});
    }

    @Test
    void pointsNeedTwoCoordinatesAndOneLabelEach() {
        BoundaryModel model = new BoundaryModel();
        assertThatThrownBy(() -> model.setPoints(new double[][] {{1, 2}, {3}}, new int[] {0, 1}, false))
                .hasMessage("point 1 needs 2 coordinates (x, y), found 1");
        assertThatThrownBy(() -> model.setPoints(new double[][] {{1, 2}, {3, 4}}, new int[] {0}, false))
                .hasMessage("points need one label each: 2 points, found 1 labels");
    }

    @Test
    void probabilitiesAtADataPointComeFromItsCell() {
        BoundaryModel model = new BoundaryModel();
        model.setSurface(surface());
        // Top-right cell (row 0 is the top, y 1..2; col 1 is x 1..2).
        assertThat(model.probabilitiesAt(1.5, 1.5)).containsExactly(0.2, 0.8);
        assertThat(model.probabilitiesAt(0.5, 0.5)).containsExactly(0.7, 0.3);
        assertThat(model.probabilitiesAt(3, 0.5)).isNull();
    }

    @Test
    void csvOfTheGridHasCellCentresProbabilitiesAndThePrediction() {
        BoundaryModel model = new BoundaryModel();
        model.setClassNames(List.of("red", "blue"));
        model.setSurface(surface());
        var csv = model.toCsv();
        assertThat(csv.header()).containsExactly("x", "y", "p_red", "p_blue", "predicted_class");
        assertThat(csv.rows()).containsExactly(
                List.of("0.5", "1.5", "0.9", "0.1", "0"),
                List.of("1.5", "1.5", "0.2", "0.8", "1"),
                List.of("0.5", "0.5", "0.7", "0.3", "0"),
                List.of("1.5", "0.5", "0.4", "0.6", "1"));
    }

    @Test
    void aFittedCurveWithoutAGridIsRegressionAndExportsTheCurve() {
        BoundaryModel model = new BoundaryModel();
        model.setPoints(new double[][] {{0, 1}, {4, 3}}, null, false);
        model.setCurve(new FittedCurve(7, new double[] {0, 2, 4}, new double[] {1, 2, 3}));
        assertThat(model.isRegression()).isTrue();
        assertThat(model.toCsv().toCsv()).isEqualTo("x,predicted_y\n0,1\n2,2\n4,3\n");
        assertThat(model.bounds()).containsExactly(-0.2, 4.2, 0.9, 3.1);
    }

    @Test
    void theGridsColoursAreComputedOnceAndAgainAfterDiscretize() {
        BoundaryModel model = new BoundaryModel();
        model.setSurface(surface());
        int[] first = model.surfacePixels();
        assertThat(model.surfacePixels()).isSameAs(first);
        model.setDiscretize(true);
        assertThat(model.surfacePixels()).isNotSameAs(first).hasSize(4);
    }
}
