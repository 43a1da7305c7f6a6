package org.latentbrush.bridge.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class DeviceChoiceTest {

    @Test
    void resolve_autoWithoutGpu_fallsBackToCpu() {
        assertEquals(Device.cpu(), DeviceChoice.AUTO.resolve(0));
    }

    @Test
    void resolve_autoWithGpu_takesFirstGpu() {
        assertEquals(Device.gpu(0), DeviceChoice.AUTO.resolve(2));
    }

    @Test
    void resolve_forcedCpu_staysOnCpuEvenWithGpu() {
        assertEquals(Device.cpu(), DeviceChoice.CPU.resolve(1));
    }

    @Test
    void resolve_gpuWithoutGpu_refusesWithAdvice() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DeviceChoice.GPU.resolve(0));
        assertTrue(e.getMessage().contains("--device cpu"), e.getMessage());
    }

    @Test
    void parse_unknownName_listsChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceChoice.parse("tpu"));
        assertEquals("device must be auto, cpu or gpu, was 'tpu'", e.getMessage());
    }
}
