package org.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Entity;
import org.parallax.model.ParagraphKind;
import org.parallax.nlp.AnnotatedArticle;
import org.parallax.nlp.AnnotatedSentence;

/** Turns the body sentences of an article into claims. */
public final class ClaimExtractor {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”]");

    /** Extracts claims, numbering them from {@code firstNumber} ("c" + n). */
    public List<Claim> extract(AnnotatedArticle annotated, List<Entity> entities, int firstNumber) {
        Article article = annotated.article();
        List<Claim> claims = new ArrayList<>();
        int n = firstNumber;
        for (AnnotatedSentence s : annotated.sentences()) {
            if (s.kind() != ParagraphKind.BODY) {
                continue;
            }
            String text = WHITESPACE.matcher(AnalysisText.foldSpaces(article.text().substring(s.start(), s.end()))).replaceAll(" ").strip();
            boolean quote = QUOTE_MARKS.matcher(text).find();
            claims.add(new Claim("c" + n++, article.id(), text, s.start(), s.end(),
                    List.of(), null, null, false, List.of(), quote, List.of(), List.of()));
        }
        return claims;
    }
}
