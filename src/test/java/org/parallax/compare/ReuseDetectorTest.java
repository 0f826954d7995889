package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.model.Reuse;

class ReuseDetectorTest {
    private static final String WIRE = "The city council voted on Tuesday to close the old harbour bridge for repairs that "
            + "engineers say will take at least eighteen months and cost the city more than it had planned. "
            + "Residents of the north bank will have to use the ferry or drive around the bay.";

    private static Article article(String id, String text) {
        return Article.read(id + ".txt", "txt", text).withId(id)
                .withCleaning(List.of(new Paragraph(0, text.length(), ParagraphKind.BODY)), List.of());
    }

    private static Optional<Reuse> reuse(List<Reuse> all, String a, String b) {
        return all.stream().filter(r -> r.a().equals(a) && r.b().equals(b)).findFirst();
    }

    @Test
    void aRewriteThatCopiesAWirePassageWithSmallEditsIsFoundWithItsSpans() {
        String rewrite = "In a surprise move, the city council voted on Tuesday to shut the old harbour bridge for repairs that "
                + "engineers say will take at least eighteen months and cost the city more than it had planned. "
                + "Local shop owners were furious.";
        List<Reuse> all = new ReuseDetector().find(List.of(article("a1", WIRE), article("a2", rewrite)));
        Reuse r = reuse(all, "a2", "a1").orElseThrow();
        assertTrue(r.share() > 0.6, "share " + r.share());
        assertEquals(1, r.spans().size(), "one passage despite the changed word: " + r.spans());
        String copied = rewrite.substring(r.spans().get(0).aStart(), r.spans().get(0).aEnd());
        assertTrue(copied.startsWith("the city council voted") && copied.endsWith("had planned"), copied);
        String source = WIRE.substring(r.spans().get(0).bStart(), r.spans().get(0).bEnd());
        assertTrue(source.startsWith("The city council voted"), source);
    }

    @Test
    void articlesThatOnlyShareSetPhrasesShowNoReuse() {
        String other = "Repairs to the old harbour bridge were discussed by the city council, which has struggled "
                + "with its budget all year; a vote is expected next month.";
        List<Reuse> all = new ReuseDetector().find(List.of(article("a1", WIRE), article("a2", other)));
        assertTrue(all.isEmpty(), all.toString());
    }
}
