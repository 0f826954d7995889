package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.nlp.AnnotatedArticle;

/** Small articles written for the tests: one body paragraph per line, no annotation. */
final class FramingTexts {
    private FramingTexts() {
    }

    static AnnotatedArticle article(String id, String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    paragraphs.add(new Paragraph(start, i, ParagraphKind.BODY));
                }
                start = i + 1;
            }
        }
        Article a = Article.read(id + ".txt", "txt", text).withId(id).withCleaning(paragraphs, List.of());
        return new AnnotatedArticle(a, List.of());
    }
}
