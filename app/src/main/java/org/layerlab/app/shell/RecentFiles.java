package org.layerlab.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened or saved project files, kept in {@link Preferences} across sessions. */
public final class RecentFiles {

    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get(KEY + i, null);
            if (p != null && !p.isBlank()) {
                files.add(Path.of(p));
            }
        }
    }

    /** Newest first; files that no longer exist are still listed (opening one reports it). */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code path} first, dropping an older entry for it and the oldest beyond {@value #MAX}. */
    public void add(Path path) {
        Path p = path.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.removeIf(q -> q.equals(p));
        next.add(0, p);
        while (next.size() > MAX) {
            next.remove(next.size() - 1);
        }
        files.setAll(next);
        store();
    }

    public void clear() {
        files.clear();
        store();
    }

    /** True if the file still exists, for greying out stale entries. */
    public static boolean exists(Path p) {
        return Files.isRegularFile(p);
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put(KEY + i, files.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // The list still works for this session; losing it across sessions is not worth an alert.
        }
    }
}
