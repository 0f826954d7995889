package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.BadInputCorpus;

/**
 * The command a user types, in its own JVM, on a folder of good and bad files: a report for the
 * good ones, one "parallax: PATH: reason" line per bad one, no stack trace, exit code 1.
 *
 * <p>Tests run as root in CI, and root reads any file. Where {@code setpriv} is available the
 * command runs as root without the capabilities that override file permissions, so the
 * unreadable file is really unreadable; elsewhere that one file is only checked when the
 * test user cannot read it.
 */
class CompareEndToEndTest {
    private static final List<String> WITHOUT_ROOT_OVERRIDE = List.of(
            "setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search");

    @TempDir
    Path dir;

    @Test
    void mixedFolderGivesAReportForTheGoodOnesAndOneLinePerBadOne() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("clips"));
        BadInputCorpus.write(corpus);
        Path secret = corpus.resolve("secret.txt");
        Files.writeString(secret, BadInputCorpus.ENGLISH);
        assertTrue(secret.toFile().setReadable(false, false));
        Path report = dir.resolve("report.json");

        List<String> command = new ArrayList<>();
        boolean dropsOverride = canDropRootOverride();
        if (dropsOverride) {
            command.addAll(WITHOUT_ROOT_OVERRIDE);
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx1g", "-Djava.awt.headless=true",
                "org.parallax.Main", "compare", corpus.toString(), "--json", report.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        byte[] errBytes = p.getErrorStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        String err = new String(errBytes, StandardCharsets.UTF_8);
        List<String> problemLines = err.lines().filter(l -> !l.startsWith("[")).toList();

        assertEquals(1, p.exitValue(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "stack trace on standard error:\n" + err);
        List<String> bad = new ArrayList<>(List.of("archive.txt", "empty.txt", "french.txt", "huge.txt", "image.txt",
                "locked.pdf", "scan.pdf", "locked.docx", "cut.odt", "bomb.docx"));
        bad.addAll(BadInputCorpus.SKIPPED);
        boolean secretUnreadable = dropsOverride || !Files.isReadable(secret);
        if (secretUnreadable) {
            bad.add("secret.txt");
        }
        for (String name : bad) {
            String prefix = "parallax: " + corpus.resolve(name) + ": ";
            assertEquals(1, problemLines.stream().filter(l -> l.startsWith(prefix)).count(), name + " in:\n" + err);
        }
        assertEquals(bad.size(), problemLines.size(), err);
        if (secretUnreadable) {
            assertTrue(problemLines.contains("parallax: " + secret + ": permission denied"), err);
        }
        assertTrue(problemLines.contains("parallax: " + corpus.resolve("photo.png") + ": skipped: image (.png), not an article"), err);

        JsonNode articles = new ObjectMapper().readTree(report.toFile()).get("articles");
        List<String> read = new ArrayList<>();
        articles.forEach(a -> read.add(Path.of(a.get("path").asText()).getFileName().toString()));
        List<String> expected = new ArrayList<>(BadInputCorpus.GOOD);
        if (!secretUnreadable) {
            expected.add("secret.txt");
        }
        assertEquals(expected, read);
    }

    /** True when setpriv can take root's permission override away (root, with the capability to drop it). */
    private static boolean canDropRootOverride() {
        try {
            List<String> probe = new ArrayList<>(WITHOUT_ROOT_OVERRIDE);
            probe.add("true");
            Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && isRoot();
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
