package org.parallax.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.ProvenanceEdge;

/** The wire-copy tab spells out the strongest links of a story of many sources and counts the rest. */
class ProvenanceWordsTest {
    @Test
    void manyLinksShowTheStrongestFirstAndCountTheOthers() {
        List<ProvenanceEdge> edges = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            edges.add(new ProvenanceEdge("a" + i, "b" + i, true, i / 100.0, 0.0));
        }
        String words = WireCopyTab.linksInWords(edges, id -> id.toUpperCase());
        assertTrue(words.startsWith("A12 → B12 (12% text, 0% claims) · A11 → B11"), words);
        assertEquals(WireCopyTab.LINKS_IN_WORDS, words.split(" · ").length - 1, words);
        assertTrue(words.endsWith("and 4 weaker links, drawn in the graph"), words);
        assertTrue(!words.contains("A4 → "), "the weakest are left to the graph: " + words);
    }

    @Test
    void aFewLinksAreAllSpelledOut() {
        String words = WireCopyTab.linksInWords(List.of(new ProvenanceEdge("a", "b", false, 0.4, 0.6)), id -> id);
        assertEquals("a — b (40% text, 60% claims)", words);
    }
}
