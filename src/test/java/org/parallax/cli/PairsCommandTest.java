package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PairsCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesOneVerdictPerPairInInputOrderAndSkipsMalformedLinesNamingThem() throws Exception {
        Path in = dir.resolve("pairs.tsv");
        Files.writeString(in, String.join("\n",
                "id\tA\tB\tlabel",
                "# a comment",
                "p1\tThe storm killed 12 people on Sunday.\tThe storm killed 19 people on Sunday.\tCONTRADICT",
                "broken line without tabs",
                "p2\tThe company reported record profits.\tThe firm posted record profits.",
                "") + "\n");
        Path out = dir.resolve("out.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new ParallaxCommand());
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int exit = ParallaxCommandTestAccess.execute(cl, "pairs", in.toString(), "--out", out.toString());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, errors);
        assertTrue(errors.contains("line 4"), errors);
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("p1", first.get("id").asText());
        assertEquals("CONTRADICT", first.get("relation").asText());
        assertEquals("NUMBER", first.get("kind").asText());
        assertTrue(first.get("explanation").asText().contains("12"));
        JsonNode second = json.readTree(lines.get(1));
        assertEquals("p2", second.get("id").asText());
        assertTrue(second.get("score").asDouble() >= 0 && second.get("score").asDouble() <= 1);
    }

    @Test
    void aPairWithoutAMarkCarriesNoKindAsTheFormatSays() throws Exception {
        Path in = dir.resolve("pairs.tsv");
        Files.writeString(in, "p1\tTokyo shares ended lower on Wednesday as exporters fell.\t"
                + "Japanese stocks ended lower on Friday, dragged down by exporters.\n");
        Path out = dir.resolve("out.jsonl");
        int exit = ParallaxCommandTestAccess.execute(new CommandLine(new ParallaxCommand()), "pairs", in.toString(), "--out", out.toString());
        assertEquals(0, exit);
        JsonNode verdict = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
        assertEquals("RELATED", verdict.get("relation").asText());
        assertTrue(verdict.get("kind").isNull(), verdict.toString());
    }

    @Test
    void aMissingInputFileIsAClearErrorWithExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new ParallaxCommand());
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int exit = ParallaxCommandTestAccess.execute(cl, "pairs", dir.resolve("nope.tsv").toString());
        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope.tsv"));
    }
}
