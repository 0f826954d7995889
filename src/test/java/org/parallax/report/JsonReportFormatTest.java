package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalysisResult;

/** The JSON export keeps to report format v1 (shared spec): every core field, with its type. */
class JsonReportFormatTest {
    private static final Predicate<JsonNode> STRING = JsonNode::isTextual;
    private static final Predicate<JsonNode> STRING_OR_NULL = n -> n.isTextual() || n.isNull();
    private static final Predicate<JsonNode> DATE_OR_NULL = n -> n.isNull() || n.asText().matches("\\d{4}-\\d{2}-\\d{2}");
    private static final Predicate<JsonNode> INT = JsonNode::isInt;
    private static final Predicate<JsonNode> NUMBER = JsonNode::isNumber;
    private static final Predicate<JsonNode> BOOLEAN = JsonNode::isBoolean;
    private static final Predicate<JsonNode> ARRAY = JsonNode::isArray;
    private static final Predicate<JsonNode> OBJECT = JsonNode::isObject;
    private static final Predicate<JsonNode> RELATION = n -> n.isTextual()
            && List.of("AGREE", "RELATED", "DIVERGE", "CONTRADICT", "UNRELATED").contains(n.asText());

    private static byte[] json(AnalysisResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(r, out);
        return out.toByteArray();
    }

    private static void check(JsonNode node, String where, Map<String, Predicate<JsonNode>> fields) {
        for (var f : fields.entrySet()) {
            JsonNode value = node.get(f.getKey());
            assertTrue(value != null, where + "." + f.getKey() + " is missing");
            assertTrue(f.getValue().test(value), where + "." + f.getKey() + " has the wrong type: " + value);
        }
    }

    @Test
    void everyCoreFieldOfFormatOneIsThereWithItsType() throws IOException {
        JsonNode report = new ObjectMapper().readTree(json(SyntheticStory.result(true)));
        check(report, "report", Map.of("schema", STRING, "generator", STRING, "articles", ARRAY, "claims", ARRAY,
                "entities", ARRAY, "clusters", ARRAY, "framing", OBJECT, "reuse", ARRAY, "story", OBJECT));
        assertEquals("parallax-report/1", report.get("schema").asText());
        for (JsonNode a : report.get("articles")) {
            check(a, "articles[]", Map.of("id", STRING, "path", STRING, "title", STRING_OR_NULL,
                    "outlet", STRING_OR_NULL, "published", DATE_OR_NULL, "removed", ARRAY));
            for (JsonNode r : a.get("removed")) {
                check(r, "removed[]", Map.of("start", INT, "end", INT, "reason", STRING));
            }
        }
        assertEquals("2021-03-03", report.get("articles").get(0).get("published").asText());
        for (JsonNode c : report.get("claims")) {
            check(c, "claims[]", Map.of("id", STRING, "article", STRING, "text", STRING, "start", INT, "end", INT,
                    "entities", ARRAY, "attribution", STRING_OR_NULL, "hedged", BOOLEAN, "quote", BOOLEAN,
                    "checkworthiness", NUMBER));
        }
        for (JsonNode e : report.get("entities")) {
            check(e, "entities[]", Map.of("id", STRING, "name", STRING, "type", STRING, "mentions", ARRAY));
            for (JsonNode m : e.get("mentions")) {
                check(m, "mentions[]", Map.of("article", STRING, "text", STRING, "start", INT, "end", INT));
            }
        }
        for (JsonNode k : report.get("clusters")) {
            check(k, "clusters[]", Map.of("id", STRING, "topic", STRING, "claims", ARRAY, "pairs", ARRAY));
            for (JsonNode p : k.get("pairs")) {
                check(p, "pairs[]", Map.of("a", STRING, "b", STRING, "relation", RELATION, "kind", STRING_OR_NULL,
                        "score", NUMBER, "explanation", STRING));
            }
        }
        report.get("framing").fields().forEachRemaining(f -> check(f.getValue(), "framing." + f.getKey(),
                Map.of("items", ARRAY, "labels", ARRAY)));
        for (JsonNode item : report.get("framing").get("a2").get("items")) {
            check(item, "framing.items[]", Map.of("text", STRING, "start", INT, "end", INT, "category", STRING));
        }
        for (JsonNode r : report.get("reuse")) {
            check(r, "reuse[]", Map.of("a", STRING, "b", STRING, "share", NUMBER, "spans", ARRAY));
            for (JsonNode s : r.get("spans")) {
                check(s, "spans[]", Map.of("aStart", INT, "aEnd", INT, "bStart", INT, "bEnd", INT));
            }
        }
        check(report.get("story"), "story", Map.of("offTopic", ARRAY, "dateAnomalies", ARRAY));
        check(report.get("story").get("dateAnomalies").get(0), "dateAnomalies[]", Map.of("article", STRING, "note", STRING));
    }

    @Test
    void aReportWrittenBeforeCheckworthinessExistedStillReads() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode report =
                (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json(SyntheticStory.result(true)));
        report.get("claims").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c).remove("checkworthiness"));
        AnalysisResult r = JsonReport.read(new ByteArrayInputStream(mapper.writeValueAsBytes(report)));
        assertEquals(SyntheticStory.result(true).claims().size(), r.claims().size());
        assertTrue(r.claims().stream().allMatch(c -> c.checkworthiness() == 0));
    }

    @Test
    void aReportReadsBackIntoTheSameResult() throws IOException {
        AnalysisResult r = SyntheticStory.result(true);
        assertEquals(r, JsonReport.read(new ByteArrayInputStream(json(r))));
    }
}
