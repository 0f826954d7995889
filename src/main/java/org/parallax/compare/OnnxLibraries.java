package org.parallax.compare;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.parallax.model.UserCache;

/**
 * ONNX Runtime's native libraries, copied once into the user's cache folder and loaded from there.
 * Left to itself the runtime copies them out of its jar into a new temporary folder at every start
 * and leaves that folder behind (on Windows the libraries too, about 10 MB a start); loading the
 * kept copy also saves about 0.1 s of each start (README, Performance). The runtime reads the
 * folder from its own setting, {@value #PATH_PROPERTY}; when that is already set, or the copy
 * cannot be made, the runtime's own way is left as it is.
 */
final class OnnxLibraries {
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private OnnxLibraries() {
    }

    /** Points the runtime at the kept copy, making it first if needed; call before the runtime loads. */
    static synchronized void useKeptCopy() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String version = OrtEnvironment.class.getPackage().getImplementationVersion();
        String platform = platform();
        if (version == null || platform == null) {
            return;
        }
        Path folder = UserCache.folder().resolve("native").resolve("onnxruntime-" + version).resolve(platform);
        try {
            if (keepCopy("ai/onnxruntime/native/" + platform + "/", folder)) {
                System.setProperty(PATH_PROPERTY, folder.toString());
            }
        } catch (IOException | RuntimeException e) {
            // An unwritable cache folder: the runtime extracts the libraries itself, as before.
        }
    }

    /**
     * Copies the libraries under {@code resourceFolder} of the class path into {@code folder}
     * unless a copy of the same size is there; false when the class path lacks one of them. Each
     * copy is written beside its place and moved there whole, so a start cut short leaves no
     * half-written library behind.
     */
    static boolean keepCopy(String resourceFolder, Path folder) throws IOException {
        for (String name : LIBRARIES) {
            String file = System.mapLibraryName(name);
            URL resource = OnnxLibraries.class.getClassLoader().getResource(resourceFolder + file);
            if (resource == null) {
                return false;
            }
            Path target = folder.resolve(file);
            long size = resource.openConnection().getContentLengthLong();
            if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
                continue;
            }
            Files.createDirectories(folder);
            Path part = Files.createTempFile(folder, file, ".part");
            try (InputStream in = resource.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        return true;
    }

    /** The runtime's name for this platform's folder of libraries ("linux-x64"), null for one it has none for. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("win") ? "win" : os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("linux") ? "linux" : null;
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return osName == null || archName == null ? null : osName + "-" + archName;
    }
}
