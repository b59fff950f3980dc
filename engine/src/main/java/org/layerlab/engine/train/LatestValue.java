package org.layerlab.engine.train;

import java.util.concurrent.atomic.AtomicReference;

/** A one-value slot: the producer overwrites, a consumer takes what is new since its last take. */
public final class LatestValue<T> {

    private final AtomicReference<T> fresh = new AtomicReference<>();
    private volatile T last;

    public void publish(T value) {
        last = value;
        fresh.set(value);
    }

    /** The value published since the last take, or null if nothing new. */
    public T take() {
        return fresh.getAndSet(null);
    }

    /** The latest value ever published, or null; does not consume it. */
    public T peek() {
        return last;
    }
}
