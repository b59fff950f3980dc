package org.layerlab.engine.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work that other threads hand to a run's worker (export, evaluate, predict), so that the model is
 * only ever touched by the worker. Not thread-safe: the run guards it with its lock.
 */
final class WorkerTasks {

    /** One queued call; the caller waits on {@link #result()}. */
    static final class Task<T> implements Runnable {

        private final FutureTask<T> future;

        private Task(Callable<T> call) {
            this.future = new FutureTask<>(call);
        }

        @Override
        public void run() {
            future.run();
        }

        /** Waits for the call; rethrows what it threw (an IOException wrapped as unchecked). */
        T result() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the training thread", e);
            } catch (CancellationException e) {
                throw new IllegalStateException("the run was closed before the training thread got to it", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }

        private void cancel() {
            future.cancel(false);
        }
    }

    private final Deque<Task<?>> queue = new ArrayDeque<>();

    <T> Task<T> add(Callable<T> call) {
        Task<T> task = new Task<>(call);
        queue.addLast(task);
        return task;
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    Runnable poll() {
        return queue.pollFirst();
    }

    void cancelAll() {
        queue.forEach(Task::cancel);
        queue.clear();
    }
}
