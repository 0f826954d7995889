package org.parallax.model;

import java.util.List;

/**
 * The text the analysis reads: the original with no-break and other Unicode spaces folded to
 * plain spaces and removed regions blanked. It has exactly the original's length, so every offset
 * found in it is an offset into the original.
 */
public final class AnalysisText {
    private AnalysisText() {
    }

    public static String of(Article article) {
        return of(article.text(), article.removed());
    }

    public static String of(String original, List<Removal> removed) {
        char[] chars = foldSpaces(original).toCharArray();
        for (Removal r : removed) {
            for (int i = r.start(); i < r.end() && i < chars.length; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    /** Replaces each Unicode space (U+00A0, U+2000..U+200B, U+202F, U+3000, tabs...) by one ASCII space. */
    public static String foldSpaces(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c != '\n' && c != ' ' && (Character.isSpaceChar(c) || c == '\t' || c == '\u200B' || c == '\uFEFF' || c == '\r' || c == '\f')) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
