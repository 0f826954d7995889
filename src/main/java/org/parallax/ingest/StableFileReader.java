package org.parallax.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a whole file while guarding against what real folders hold: files too big to be an
 * article (refused from their size alone, before any byte is read), named pipes and devices
 * (which would block or never end), and files that change while they are read (a download or a
 * sync still writing: the size or modification time differs after the read, or more or fewer
 * bytes arrive than the size said).
 */
final class StableFileReader {
    /** Called once the file is open, before its bytes are read; tests use it to change the file. */
    interface OpenedHook {
        void opened(Path file) throws IOException;
    }

    private final long maxBytes;
    private final OpenedHook hook;

    StableFileReader(long maxBytes, OpenedHook hook) {
        this.maxBytes = maxBytes;
        this.hook = hook;
    }

    StableFileReader(long maxBytes) {
        this(maxBytes, file -> { });
    }

    byte[] read(Path file) throws UnreadableInputException {
        try {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            if (before.isDirectory()) {
                throw new UnreadableInputException("is a folder, not a file");
            }
            if (!before.isRegularFile()) {
                throw new UnreadableInputException("not a regular file (a named pipe, device or socket); skipped");
            }
            long size = before.size();
            if (size > maxBytes) {
                throw new UnreadableInputException(String.format(Locale.ROOT,
                        "file is %s, over the %s limit for one article; not read (raise it with --max-file-mb)",
                        readable(size), readable(maxBytes)));
            }
            byte[] bytes;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                hook.opened(file);
                bytes = readUpTo(channel, size);
            }
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (bytes.length != size || after.size() != size
                    || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                throw new UnreadableInputException("file changed while it was being read (still being written or synced?); "
                        + "read it again once it is complete");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException("no such file (removed while the folder was read?)");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException("permission denied");
        } catch (FileSystemLoopException e) {
            throw new UnreadableInputException("symbolic link loops back on itself");
        } catch (FileSystemException e) {
            throw new UnreadableInputException(reason(e), e);
        } catch (IOException e) {
            throw new UnreadableInputException("cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads at most size + 1 bytes: one more than expected is enough to know the file grew. */
    private static byte[] readUpTo(FileChannel channel, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, size + 1));
        while (buf.hasRemaining()) {
            if (channel.read(buf) < 0) {
                break;
            }
        }
        byte[] out = new byte[buf.position()];
        buf.flip().get(out);
        return out;
    }

    /** The operating system's reason without the path, which the message names already. */
    static String reason(FileSystemException e) {
        String r = e.getReason();
        if (r == null) {
            return "cannot be read";
        }
        if (r.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links")) {
            return "symbolic link loops back on itself";
        }
        return "cannot be read (" + r + ")";
    }

    /** "50 MB", "20.5 MB", "12 KB". */
    static String readable(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        String mb = String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
        return (mb.endsWith(".0") ? mb.substring(0, mb.length() - 2) : mb) + " MB";
    }
}
