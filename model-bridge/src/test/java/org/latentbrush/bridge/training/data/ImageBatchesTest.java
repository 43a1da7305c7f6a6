package org.latentbrush.bridge.training.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Tests {@link ImageBatches}. */
class ImageBatchesTest {

    private final CountingSource source = new CountingSource(4, 3, 100);

    @Test
    void batch_indices_imagesLaidOutInOrderAsBatchChw() {
        long[] indices = {7, 2, 99};
        float[] batch = ImageBatches.batch(source, indices);
        int stride = 3 * 4 * 4;
        assertEquals(indices.length * stride, batch.length);
        for (int b = 0; b < indices.length; b++) {
            for (int i = 0; i < stride; i++) {
                assertEquals(CountingSource.value(indices[b], i), batch[b * stride + i]);
            }
        }
    }

    @Test
    void fillParallel_sameIndices_sameResultAsSequential() {
        long[] indices = ImageBatches.range(10, 64);
        float[] sequential = new float[indices.length * source.floatsPerImage()];
        float[] parallel = new float[sequential.length];
        ImageBatches.fill(source, indices, sequential);
        ImageBatches.fillParallel(source, indices, parallel);
        assertArrayEquals(sequential, parallel);
    }

    @Test
    void fillParallel_landscapes_sameResultAsSequential() {
        LandscapeSource landscapes = new LandscapeSource(24, 3);
        long[] indices = ImageBatches.range(0, 8);
        float[] parallel = new float[indices.length * landscapes.floatsPerImage()];
        ImageBatches.fillParallel(landscapes, indices, parallel);
        assertArrayEquals(ImageBatches.batch(landscapes, indices), parallel);
    }

    @Test
    void fill_arrayTooSmall_throwsWithSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImageBatches.fill(source, new long[] {1, 2}, new float[50]));
        assertEquals("Batch array holds 50 floats but 2 images need 96", e.getMessage());
    }

    @Test
    void batch_indexOutsideSource_throws() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> ImageBatches.batch(source, new long[] {100}));
    }

    @Test
    void range_startAndCount_consecutiveIndices() {
        assertArrayEquals(new long[] {5, 6, 7}, ImageBatches.range(5, 3));
        assertEquals(0, ImageBatches.range(5, 0).length);
    }
}
