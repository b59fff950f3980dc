package javafx.archfixture;

/**
 * A stand-in for a JavaFX class (JavaFX is not on the engine's classpath): lets the architecture
 * test prove its rule flags an engine class that uses anything under {@code javafx}.
 */
public final class StandInStage {

    public void show() {
        // nothing: only its package matters
    }
}
