package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxLibrariesTest {
    private static String folderOfThisPlatform() {
        String platform = OnnxLibraries.platform();
        assumeTrue(platform != null, "no ONNX Runtime build for this platform");
        return "ai/onnxruntime/native/" + platform + "/";
    }

    @Test
    void copiesTheLibrariesOnceAndReplacesACutShortCopy(@TempDir Path folder) throws Exception {
        String resources = folderOfThisPlatform();
        assertTrue(OnnxLibraries.keepCopy(resources, folder));
        Path runtime = folder.resolve(System.mapLibraryName("onnxruntime"));
        Path bridge = folder.resolve(System.mapLibraryName("onnxruntime4j_jni"));
        long size = Files.size(runtime);
        assertTrue(size > 1_000_000, "the runtime library is copied whole");
        assertTrue(Files.size(bridge) > 0);

        FileTime kept = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(runtime, kept);
        assertTrue(OnnxLibraries.keepCopy(resources, folder));
        assertEquals(kept, Files.getLastModifiedTime(runtime), "a complete copy is not written again");

        Files.write(runtime, new byte[10]);
        assertTrue(OnnxLibraries.keepCopy(resources, folder));
        assertEquals(size, Files.size(runtime), "a cut-short copy is replaced");
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")), "no partial file is left");
        }
    }

    @Test
    void aPlatformWithoutLibrariesIsLeftToTheRuntime(@TempDir Path folder) throws Exception {
        assertFalse(OnnxLibraries.keepCopy("ai/onnxruntime/native/no-such-platform/", folder));
    }

    @Test
    void theEmbedderLoadsTheRuntimeFromTheKeptCopy() {
        folderOfThisPlatform();
        Embedder.shared().embed("The runtime loads from the cache folder.");
        String path = System.getProperty(OnnxLibraries.PATH_PROPERTY);
        assertNotNull(path);
        assertTrue(Files.isRegularFile(Path.of(path, System.mapLibraryName("onnxruntime"))));
    }
}
