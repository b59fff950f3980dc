package org.layerlab.engine.teach.lesson;

/**
 * The result of one check: what it asks, what was measured, and whether it passed.
 *
 * @param description the check in words ("with dropout: loss_gap below no dropout")
 * @param measured    the figures it compared ("0.031 vs 0.214")
 * @param passed      true when the effect showed
 */
public record CheckOutcome(String description, String measured, boolean passed) {

    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + description + ": " + measured;
    }
}
