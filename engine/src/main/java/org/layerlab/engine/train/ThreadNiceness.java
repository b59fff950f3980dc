package org.layerlab.engine.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The Linux "nice" value of the calling thread: a training thread at nice 10 still takes every
 * cycle nobody else wants, but the window's FX and render threads get the CPU first when they need
 * it, so frames keep coming on a 2-core laptop while a network trains at full speed.
 *
 * <p>Java cannot set a thread's priority on Linux without root, so this runs {@code renice} on the
 * thread's id (read from {@code /proc/thread-self}); a thread can always lower its own priority.
 * Elsewhere, or where {@code renice} is missing, nothing changes.
 */
public final class ThreadNiceness {

    /** The highest nice value Linux allows (the lowest priority). */
    public static final int MAX = 19;

    private ThreadNiceness() {
    }

    /**
     * Sets the calling thread's nice value to {@code nice} (0-19); true when it took effect. A value
     * below the current one is refused by Linux for ordinary users and leaves the thread as it was.
     */
    public static boolean setCurrent(int nice) {
        if (nice < 0 || nice > MAX) {
            throw new IllegalArgumentException("a nice value must be 0-" + MAX + ", found " + nice);
        }
        OptionalInt tid = currentThreadId();
        if (tid.isEmpty()) {
            return false;
        }
        try {
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(nice), "-p", String.valueOf(tid.getAsInt()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return false;
            }
            return renice.exitValue() == 0 && current().orElse(Integer.MIN_VALUE) == nice;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's nice value, where Linux's /proc tells it. */
    public static OptionalInt current() {
        try {
            return niceIn(Files.readString(Path.of("/proc/thread-self/stat")));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** The nice value in the text of a Linux {@code /proc/.../stat} file (its 19th field). */
    static OptionalInt niceIn(String stat) {
        try {
            // fields after the command name, which is in parentheses and may hold spaces; fields[0] is field 3
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return OptionalInt.of(Integer.parseInt(fields[19 - 3]));
        } catch (RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static OptionalInt currentThreadId() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return OptionalInt.empty();
        }
        try {
            // "/proc/thread-self" links to "<pid>/task/<tid>"
            Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return OptionalInt.of(Integer.parseInt(link.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }
}
