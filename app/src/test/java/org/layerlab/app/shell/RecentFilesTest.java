package org.layerlab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences prefs = Preferences.userRoot().node("org/layerlab/test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theNewestComesFirstWithoutDuplicatesAndTheListSurvivesARestart() {
        RecentFiles recent = new RecentFiles(prefs);
        Path a = Path.of("/tmp/a.json");
        Path b = Path.of("/tmp/b.json");
        recent.add(a);
        recent.add(b);
        recent.add(a);

        assertThat(recent.files()).containsExactly(a, b);
        assertThat(new RecentFiles(prefs).files()).containsExactly(a, b);
    }

    @Test
    void onlyTheLastEightAreKept() {
        RecentFiles recent = new RecentFiles(prefs);
        for (int i = 0; i < 11; i++) {
            recent.add(Path.of("/tmp/p" + i + ".json"));
        }
        assertThat(recent.files()).hasSize(RecentFiles.MAX).first().isEqualTo(Path.of("/tmp/p10.json"));
        recent.clear();
        assertThat(new RecentFiles(prefs).files()).isEmpty();
    }
}
