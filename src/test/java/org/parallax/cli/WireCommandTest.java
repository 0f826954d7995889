package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wire command on a wire story and a rewrite that copies one sentence, cuts one and adds one. */
class WireCommandTest {
    @TempDir
    Path dir;

    @Test
    void aRewriteOfAWireStoryIsReadClaimByClaimIntoJsonHtmlAndCsv() throws Exception {
        Path wire = dir.resolve("wire.txt");
        Path rewrite = dir.resolve("rewrite.txt");
        Files.writeString(wire, "The city council of Riverton approved a budget of 40 million dollars on Monday evening.\n\n"
                + "The mayor of Riverton said the new bridge would open to traffic in the spring of next year.\n");
        Files.writeString(rewrite, "The city council of Riverton approved a budget of 40 million dollars on Monday evening.\n\n"
                + "Farmers in the valley complained about the price of diesel at a meeting in the town hall.\n");
        Path json = dir.resolve("w.json");
        Path html = dir.resolve("w.html");
        Path csv = dir.resolve("w.csv");
        picocli.CommandLine cl = new picocli.CommandLine(new ParallaxCommand());
        cl.setErr(new java.io.PrintWriter(new StringWriter()));

        int code = ParallaxCommandTestAccess.execute(cl, "wire", wire.toString(), rewrite.toString(),
                "--json", json.toString(), "--html", html.toString(), "--csv", csv.toString());

        assertEquals(0, code);
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, tree.get("counts").get("COPIED").asInt(), tree.toString());
        assertEquals(1, tree.get("counts").get("CUT").asInt(), tree.toString());
        assertEquals(1, tree.get("counts").get("ADDED").asInt(), tree.toString());
        assertTrue(Files.readString(html).contains("Farmers in the valley"));
        assertEquals(4, Files.readAllLines(csv).size(), "a header and one row per claim");
    }

    @Test
    void theSameArticleTwiceIsBadUsage() throws Exception {
        Path wire = dir.resolve("wire.txt");
        Files.writeString(wire, "The council approved the budget on Monday evening after a long debate in the hall.\n");
        picocli.CommandLine cl = new picocli.CommandLine(new ParallaxCommand());
        cl.setErr(new java.io.PrintWriter(new StringWriter()));
        assertEquals(2, ParallaxCommandTestAccess.execute(cl, "wire", wire.toString(), wire.toString()));
    }
}
