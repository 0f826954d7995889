package org.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Opening the window where there is no display (over SSH, on a server) says what to do instead of printing a stack trace. */
@EnabledOnOs(OS.LINUX)
class NoDisplayTest {
    @Test
    void withoutADisplayTheWindowCommandExplainsAndPointsToTheCommandLine() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dglass.platform=gtk", "org.parallax.Main", "open", "sample-corpus/macron-china");
        Map<String, String> env = pb.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), err);
        List<String> lines = err.lines().filter(l -> l.startsWith("parallax: ")).toList();
        assertEquals(1, p.exitValue(), err);
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).contains("cannot open the window") && lines.get(0).contains("parallax compare"), err);
        assertFalse(err.contains("\tat "), "stack trace on standard error:\n" + err);
    }
}
