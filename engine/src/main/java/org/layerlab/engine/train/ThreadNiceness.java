package org.layerlab.engine.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

    /** Linux's number for the {@code SCHED_IDLE} policy, as {@code /proc/.../stat} shows it. */
    public static final int SCHED_IDLE = 5;

    /**
     * The Linux names (the first 15 characters of a thread's name) of the threads that work for a
     * training run without being the run's own: the JIT compilers, the reference handler and G1's
     * concurrent threads, which the JVM starts at the window's priority, and LayerLab's reclaimer of
     * native buffers. Not G1's parallel workers: they run while every Java thread is stopped.
     */
    public static final List<String> TRAINING_HELPERS = List.of("C1 CompilerThre", "C2 CompilerThre",
            "Reference Handl", "G1 Refine", "G1 Service", "G1 Conc", "G1 Main Marker", "layerlab-native",
            "ZWorker", "ZDriver", "ZDirector", "ZUnmapper", "ZStat", "Shenandoah");

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
        return renice(nice, List.of(String.valueOf(tid.getAsInt()))) && current().orElse(Integer.MIN_VALUE) == nice;
    }

    /**
     * Sets the nice value of every thread of this process whose Linux name starts with one of
     * {@code prefixes} (0-19, as {@link #setCurrent}); returns the names of the threads now at that
     * value. Elsewhere than Linux, or without {@code renice}, nothing changes and the list is empty.
     */
    public static List<String> setThreads(Collection<String> prefixes, int nice) {
        if (nice < 0 || nice > MAX) {
            throw new IllegalArgumentException("a nice value must be 0-" + MAX + ", found " + nice);
        }
        Map<String, String> names = new LinkedHashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                } catch (IOException e) {
                    // a thread that ended since the listing: the others still count
                    continue;
                }
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    names.put(task.getFileName().toString(), name);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (names.isEmpty()) {
            return List.of();
        }
        renice(nice, names.keySet());
        List<String> changed = new ArrayList<>();
        names.forEach((tid, name) -> {
            try {
                if (niceIn(Files.readString(Path.of("/proc/self/task", tid, "stat"))).orElse(Integer.MIN_VALUE) == nice) {
                    changed.add(name);
                }
            } catch (IOException | RuntimeException e) {
                // the thread ended in the meantime
            }
        });
        return changed;
    }

    /**
     * Puts the calling thread under Linux's {@code SCHED_IDLE} policy; true when it took effect. Such a
     * thread runs on every cycle no thread of the normal policy wants, and a normal thread that wakes
     * takes its core at once: at nice 10 the window's FX thread could still wait out part of the
     * training thread's time slice (1-5 ms) before its frame, on a machine whose cores are all busy.
     * The cost: any normal work on every core (another program's) comes first. Threads this one
     * starts inherit the policy. Runs {@code chrt} (util-linux); elsewhere nothing changes.
     */
    public static boolean setCurrentIdle() {
        OptionalInt tid = currentThreadId();
        if (tid.isEmpty()) {
            return false;
        }
        return run(List.of("chrt", "--idle", "-p", "0", String.valueOf(tid.getAsInt())))
                && currentPolicy().orElse(-1) == SCHED_IDLE;
    }

    /** The calling thread's scheduling policy (0 normal, {@link #SCHED_IDLE}, ...), where /proc tells it. */
    public static OptionalInt currentPolicy() {
        return currentField(41);
    }

    /** The scheduling policy in the text of a Linux {@code /proc/.../stat} file (its 41st field). */
    static OptionalInt policyIn(String stat) {
        return field(stat, 41);
    }

    /** Runs {@code renice} on the thread ids; true when it exited normally (some ids may still have been refused). */
    private static boolean renice(int nice, Collection<String> threadIds) {
        List<String> command = new ArrayList<>(List.of("renice", "-n", String.valueOf(nice), "-p"));
        command.addAll(threadIds);
        return run(command);
    }

    /** Runs a command with its output discarded; true when it exited with 0 within 5 s. */
    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The calling thread's nice value, where Linux's /proc tells it. */
    public static OptionalInt current() {
        return currentField(19);
    }

    /** Field {@code n} of the calling thread's {@code /proc/thread-self/stat}, where Linux has it. */
    private static OptionalInt currentField(int n) {
        try {
            return field(Files.readString(Path.of("/proc/thread-self/stat")), n);
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** The nice value in the text of a Linux {@code /proc/.../stat} file (its 19th field). */
    static OptionalInt niceIn(String stat) {
        return field(stat, 19);
    }

    /** Field {@code n} (counted from 1, as in proc(5)) of a {@code /proc/.../stat} text, as a number. */
    private static OptionalInt field(String stat, int n) {
        try {
            // fields after the command name, which is in parentheses and may hold spaces; fields[0] is field 3
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return OptionalInt.of(Integer.parseInt(fields[n - 3]));
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
