package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.AnalysisText;

class CompareCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            picocli.CommandLine cl = new picocli.CommandLine(new ParallaxCommand());
            cl.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
            int code = ParallaxCommandTestAccess.execute(cl, args);
            return new Run(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void writesAReportWithEveryCoreFieldAndExactOffsets() throws Exception {
        String a = "March 3, 2021\nThe mayor\u00a0of Springfield announced a new bridge on Monday. It will cost 40 million dollars.\n";
        Files.writeString(dir.resolve("a.txt"), a);
        Files.writeString(dir.resolve("b.txt"), "Springfield will get a bridge, its mayor said on Monday.\n");
        Path out = dir.resolve("r.json");
        Run r = run("compare", dir.toString(), "--json", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        assertEquals("parallax-report/1", report.get("schema").asText());
        for (String field : List.of("generator", "articles", "claims", "entities", "clusters", "framing", "reuse", "story")) {
            assertNotNull(report.get(field), field);
        }
        assertNotNull(report.get("story").get("offTopic"));
        assertNotNull(report.get("story").get("dateAnomalies"));
        JsonNode first = report.get("articles").get(0);
        assertEquals("2021-03-03", first.get("published").asText());
        for (JsonNode claim : report.get("claims")) {
            String original = claim.get("article").asText().equals("a1") ? a : Files.readString(dir.resolve("b.txt"));
            String span = original.substring(claim.get("start").asInt(), claim.get("end").asInt());
            assertEquals(claim.get("text").asText(), AnalysisText.foldSpaces(span));
        }
        assertEquals(3, report.get("claims").size());
    }

    @Test
    void someBadInputsExitOneAndNameEachFile() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The mayor announced a new bridge on Monday.\n");
        Files.write(dir.resolve("b.txt"), new byte[0]);
        Run r = run("compare", dir.toString(), "--json", dir.resolve("r.json").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("b.txt: empty file"), r.err());
        assertTrue(Files.exists(dir.resolve("r.json")));
    }

    @Test
    void filesAFolderHoldsThatAreNotArticlesAreNamedButExitZero() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The mayor announced a new bridge on Monday.\n");
        Files.write(dir.resolve("budget.xlsx"), new byte[] {'P', 'K', 3, 4});
        Run r = run("compare", dir.toString(), "--json", dir.resolve("r.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("parallax: " + dir.resolve("budget.xlsx") + ": skipped: unsupported file type (.xlsx)"), r.err());
    }

    @Test
    void noUsableInputOrBadUsageExitTwo() throws Exception {
        Files.write(dir.resolve("b.txt"), new byte[0]);
        assertEquals(2, run("compare", dir.toString()).exit());
        assertEquals(2, run("compare").exit());
        assertEquals(2, run("compare", "--no-such-flag", dir.toString()).exit());
    }
}
