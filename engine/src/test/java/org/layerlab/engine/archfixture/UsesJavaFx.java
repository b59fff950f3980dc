package org.layerlab.engine.archfixture;

import javafx.archfixture.StandInStage;

/** A deliberately bad engine class: it touches JavaFX, which {@code ArchitectureTest} must flag. */
public final class UsesJavaFx {

    public void open() {
        new StandInStage().show();
    }
}
