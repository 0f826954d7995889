package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class ClaimsCommandTest {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        picocli.CommandLine cl = new picocli.CommandLine(new ParallaxCommand());
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return ParallaxCommandTestAccess.execute(cl, args);
    }

    @Test
    void saysForEachStatementWhetherItIsAClaimAndSkipsBadLines() throws Exception {
        Path in = dir.resolve("s.tsv");
        Files.writeString(in, "id\ttext\n"
                + "s1\tUnemployment fell to 4.1 percent in March, the newspaper reported.\n"
                + "a line without a tab\n"
                + "s2\tWhat do you think about that?\n");
        Path out = dir.resolve("o.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, run(err, "claims", in.toString(), "--out", out.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(":3:"), err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(out);
        ObjectMapper json = new ObjectMapper();
        assertEquals(2, lines.size(), "the header line is skipped");
        JsonNode s1 = json.readTree(lines.get(0));
        JsonNode s2 = json.readTree(lines.get(1));
        assertTrue(s1.get("claim").asBoolean());
        assertEquals("OUTLET", s1.get("claims").get(0).get("attributionType").asText());
        assertFalse(s2.get("claim").asBoolean());
        assertTrue(s1.get("checkworthiness").asDouble() > s2.get("checkworthiness").asDouble());
    }
}
