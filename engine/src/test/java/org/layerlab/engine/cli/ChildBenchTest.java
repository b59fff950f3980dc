package org.layerlab.engine.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChildBenchTest {

    @AfterEach
    void clear() {
        System.clearProperty("layerlab.studioGc");
    }

    @Test
    void theUiProbeRunsUnderTheStudiosCollectorUnlessTheBenchWasGivenOne() {
        System.setProperty("layerlab.studioGc", "-XX:+UseShenandoahGC");
        assertEquals("-XX:+UseShenandoahGC", ChildBench.studioCollector(List.of("-Xms1g", "-XX:MaxGCPauseMillis=5")));
        // a collector given to the bench (LAYERLAB_JAVA_OPTS) is inherited by the probe: no second one
        assertEquals("", ChildBench.studioCollector(List.of("-Xms1g", "-XX:+UseZGC")));
        // the launcher found no concurrent collector in this JDK: the probe keeps the default (G1)
        System.setProperty("layerlab.studioGc", "");
        assertEquals("", ChildBench.studioCollector(List.of("-Xms1g")));
        // only a collector option is passed on
        System.setProperty("layerlab.studioGc", "-Dsomething=else");
        assertEquals("", ChildBench.studioCollector(List.of("-Xms1g")));
    }
}
