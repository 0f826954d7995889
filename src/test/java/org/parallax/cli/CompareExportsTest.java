package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code compare ... --json --html --csv --claims-csv} writes every report from one analysis. */
class CompareExportsTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = new CommandLine(new ParallaxCommand());
            cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
            int code = ParallaxCommandTestAccess.execute(cl, args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
        }
    }

    private void twoArticles() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The mayor of Springfield opened a new bridge on Monday, officials said.\n");
        Files.writeString(dir.resolve("b.txt"), "Springfield opened its bridge on Monday. <script>alert(1)</script> It cost 40 million dollars.\n");
    }

    @Test
    void writesAllFourReportsAndNothingToStandardOutput() throws Exception {
        twoArticles();
        Path out = dir.resolve("out");
        Run r = run("compare", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "--json", out.resolve("r.json").toString(), "--html", out.resolve("r.html").toString(),
                "--csv", out.resolve("pairs.csv").toString(), "--claims-csv", out.resolve("claims.csv").toString(),
                "--csv-bom");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out(), "the JSON goes to standard output only when no report file is named");
        assertTrue(Files.readString(out.resolve("r.json")).contains("\"schema\" : \"parallax-report/1\""));
        String html = Files.readString(out.resolve("r.html"));
        assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
        assertFalse(html.contains("<script>"), "article markup is escaped in the page");
        byte[] pairs = Files.readAllBytes(out.resolve("pairs.csv"));
        assertEquals((byte) 0xEF, pairs[0], "--csv-bom starts the file with a byte-order mark");
        String claims = Files.readString(out.resolve("claims.csv"), StandardCharsets.UTF_8);
        assertTrue(claims.startsWith("\uFEFFclaim,source,"));
        assertTrue(claims.contains("It cost 40 million dollars."));
    }

    @Test
    void aReportThatCannotBeWrittenIsNamedAndTheOthersAreStillWritten() throws Exception {
        twoArticles();
        Files.writeString(dir.resolve("blocker"), "a file where a folder is needed");
        Path html = dir.resolve("blocker").resolve("r.html");
        Run r = run("compare", dir.resolve("a.txt").toString(), "--html", html.toString(),
                "--json", dir.resolve("r.json").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot write " + html), r.err());
        assertTrue(Files.exists(dir.resolve("r.json")));
    }
}
