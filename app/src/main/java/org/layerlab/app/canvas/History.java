package org.layerlab.app.canvas;

import org.layerlab.engine.graph.ModelGraph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo stacks of whole graphs. Graphs are immutable values, so a step is just the graph
 * before and after it: undo hands back the exact previous instance.
 */
final class History {

    /** One undoable edit. */
    record Step(String description, ModelGraph before, ModelGraph after) {
    }

    /** Enough for a lesson; the oldest steps are dropped beyond this. */
    static final int LIMIT = 500;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    void push(Step step) {
        undo.push(step);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The step to undo, moved to the redo stack; empty when there is nothing to undo. */
    Optional<Step> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step step = undo.pop();
        redo.push(step);
        return Optional.of(step);
    }

    /** The step to redo, moved back to the undo stack; empty when there is nothing to redo. */
    Optional<Step> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step step = redo.pop();
        undo.push(step);
        return Optional.of(step);
    }

    Optional<Step> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<Step> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
