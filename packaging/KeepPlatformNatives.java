import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar in place without the native libraries of other platforms: ONNX Runtime and the
 * Hugging Face tokenizers carry theirs for Linux, macOS and Windows on two CPUs each (about 400 MB
 * unpacked), and an installer needs one. Run by packaging/build-linux.sh with Java's source
 * launcher: {@code java packaging/KeepPlatformNatives.java JAR NATIVE_ROOT KEEP...} drops every
 * entry under NATIVE_ROOT (e.g. {@code ai/onnxruntime/native/}) whose next folder is not one of
 * KEEP (e.g. {@code linux-x64}). Prints the bytes saved.
 */
public final class KeepPlatformNatives {
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java KeepPlatformNatives.java JAR NATIVE_ROOT KEEP...");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String root = args[1];
        List<String> keep = List.of(args).subList(2, args.length);
        Path slim = Files.createTempFile(jar.toAbsolutePath().getParent(), "slim", ".jar");
        int dropped = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slim))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (otherPlatform(e.getName(), root, keep)) {
                    dropped++;
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        long before = Files.size(jar);
        // The temporary file is private to its owner; an installed jar must be readable by every user.
        Files.setPosixFilePermissions(slim, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(slim, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("%s: %d entries of other platforms dropped, %d MB -> %d MB%n", jar.getFileName(), dropped,
                before >> 20, Files.size(jar) >> 20);
    }

    private static boolean otherPlatform(String name, String root, List<String> keep) {
        if (!name.startsWith(root) || name.length() == root.length()) {
            return false;
        }
        String rest = name.substring(root.length());
        int slash = rest.indexOf('/');
        String platform = slash < 0 ? rest : rest.substring(0, slash);
        return slash >= 0 && !keep.contains(platform);
    }
}
