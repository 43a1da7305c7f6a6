package org.latentbrush.bridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineThreadsTest {

    private int before;

    @BeforeEach
    void editorSetting() {
        Engine.getInstance();
        before = JniUtils.getNumThreads();
        // The editor's setting on a small machine: one core left to the window.
        JniUtils.setNumThreads(1);
    }

    @AfterEach
    void restore() {
        JniUtils.setNumThreads(before);
    }

    @Test
    void onAllCores_spreadsTheWorkOverEveryCoreAndGivesThemBack() {
        int during = EngineThreads.onAllCores(JniUtils::getNumThreads);
        assertEquals(Runtime.getRuntime().availableProcessors(), during);
        assertEquals(1, JniUtils.getNumThreads());
    }

    @Test
    void onAllCores_workThatFails_stillGivesTheCoresBack() {
        assertThrows(IllegalStateException.class, () -> EngineThreads.onAllCores(() -> {
            throw new IllegalStateException("failed");
        }));
        assertEquals(1, JniUtils.getNumThreads());
    }
}
