package org.layerlab.engine.data;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleDataTest {

    private String saved;

    @BeforeEach
    void remember() {
        saved = System.getProperty(SampleData.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(SampleData.PROPERTY);
        } else {
            System.setProperty(SampleData.PROPERTY, saved);
        }
    }

    @Test
    void theBuildPointsTestsAtTheRepositorysSampleData() {
        Path root = SampleData.root();
        assertThat(root.getFileName().toString()).isEqualTo("sample-data");
        assertThat(SampleData.mnist().resolve("README.md")).isRegularFile();
        assertThat(SampleData.find()).contains(root);
    }

    @Test
    void thePropertyWinsAndAWrongOneIsReported(@TempDir Path dir) throws Exception {
        Path mine = Files.createDirectory(dir.resolve("my-data"));
        System.setProperty(SampleData.PROPERTY, mine.toString());
        assertThat(SampleData.root()).isEqualTo(mine);
        System.setProperty(SampleData.PROPERTY, dir.resolve("missing").toString());
        assertThatThrownBy(SampleData::root)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("system property layerlab.sampleData points to " + dir.resolve("missing")
                        + ", which is not a folder");
        assertThat(SampleData.find()).isEmpty();
    }

    @Test
    void withoutThePropertyItIsFoundAboveTheWorkingDirectoryOrTheCode() {
        System.clearProperty(SampleData.PROPERTY);
        // Surefire runs in engine/, one level below the repository's sample-data (unless the variable is set).
        if (System.getenv(SampleData.ENV) == null) {
            assertThat(SampleData.root()).isEqualTo(Path.of("..", "sample-data").toAbsolutePath().normalize());
        }
    }
}
