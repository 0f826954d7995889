package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FramingCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerTextWithOffsetsIntoThatText() throws Exception {
        String text = "The regime's supposed reform was, reportedly, a disastrous failure.";
        Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"x1\", \"text\": " + new ObjectMapper().writeValueAsString(text) + "}\n"
                + "not json\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ParallaxCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = ParallaxCommandTestAccess.execute(cl, "framing", "--no-annotate", "--jsonl", dir.resolve("in.jsonl").toString());

        assertEquals(1, exit, "a line that is not JSON is named and skipped");
        assertTrue(err.toString().contains("in.jsonl:2: not JSON"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(1, lines.size());
        JsonNode o = new ObjectMapper().readTree(lines.get(0));
        assertEquals("x1", o.get("id").asText());
        JsonNode items = o.get("framing").get("items");
        assertTrue(items.size() >= 4, items.toString());
        for (JsonNode i : items) {
            assertEquals(i.get("text").asText(), text.substring(i.get("start").asInt(), i.get("end").asInt()));
        }
    }
}
