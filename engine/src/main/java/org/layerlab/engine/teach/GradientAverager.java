package org.layerlab.engine.teach;

import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerGradients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Averages per-layer gradient norms and update ratios over several minibatches, keeping the layers' order. */
final class GradientAverager {

    private final Map<String, double[]> sums = new LinkedHashMap<>();

    void add(GradientsSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        for (LayerGradients g : snapshot.layers()) {
            double[] s = sums.computeIfAbsent(g.nodeId(), id -> new double[4]);
            s[0] += g.gradientNorm();
            s[1]++;
            if (Double.isFinite(g.updateRatio())) {
                s[2] += g.updateRatio();
                s[3]++;
            }
        }
    }

    List<LayerGradients> means() {
        List<LayerGradients> out = new ArrayList<>(sums.size());
        sums.forEach((id, s) -> out.add(new LayerGradients(id, s[0] / s[1], s[3] == 0 ? Double.NaN : s[2] / s[3])));
        return out;
    }
}
