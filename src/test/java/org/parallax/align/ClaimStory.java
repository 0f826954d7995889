package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Paragraph;
import org.parallax.model.ParagraphKind;
import org.parallax.nlp.AnnotatedArticle;

/** Articles made of one-sentence claims, numbered c1, c2… across the story, as matching receives them. */
public final class ClaimStory {
    public final List<Claim> claims = new ArrayList<>();
    public final List<AnnotatedArticle> articles = new ArrayList<>();

    public void article(String id, String... sentences) {
        articleNaming(id, List.of(), sentences);
    }

    /** An article whose every sentence names these entity ids. */
    public void articleNaming(String id, List<String> entityIds, String... sentences) {
        articleNamingEach(id, java.util.Collections.nCopies(sentences.length, entityIds), sentences);
    }

    /** An article whose sentences name these entity ids, one list per sentence. */
    public void articleNamingEach(String id, List<List<String>> entityIds, String... sentences) {
        String text = String.join(" ", sentences);
        Article a = Article.read(id + ".txt", "txt", text).withId(id)
                .withCleaning(List.of(new Paragraph(0, text.length(), ParagraphKind.BODY)), List.of());
        articles.add(new AnnotatedArticle(a, List.of()));
        int at = 0;
        for (int k = 0; k < sentences.length; k++) {
            String s = sentences[k];
            claims.add(new Claim("c" + (claims.size() + 1), id, s, at, at + s.length(), entityIds.get(k), null, null, false,
                    List.of(), false, List.of(), List.of(), 0.5));
            at += s.length() + 1;
        }
    }
}
