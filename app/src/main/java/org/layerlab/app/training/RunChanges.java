package org.layerlab.app.training;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.ModelGraph;

/** Which project changes matter to a prepared run: everything but where the nodes sit on the canvas. */
final class RunChanges {

    private RunChanges() {
    }

    /** Same layers, settings, edges, data and training config; node positions do not count. */
    static boolean sameModel(Project a, Project b) {
        return structure(a.graph()).equals(structure(b.graph())) && a.dataset().equals(b.dataset())
                && a.training().equals(b.training());
    }

    private static List<Object> structure(ModelGraph g) {
        List<Object> parts = new ArrayList<>();
        g.nodes().forEach(n -> parts.add(List.of(n.id(), n.spec())));
        parts.addAll(g.edges());
        return parts;
    }
}
