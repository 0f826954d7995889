package org.parallax.ui.model;

import java.util.Locale;
import org.parallax.model.Article;
import org.parallax.model.Claim;

/**
 * Names a claim so that the name survives a re-analysis: the article's file name and the claim's
 * wording (claim ids such as "c17" are renumbered every run). User overrides are keyed by it.
 */
public record ClaimKey(String source, String text) {
    public static ClaimKey of(Article article, Claim claim) {
        return new ClaimKey(article.fileName(), normalize(claim.text()));
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
