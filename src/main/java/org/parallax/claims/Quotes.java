package org.parallax.claims;

import java.util.List;
import org.parallax.nlp.Token;

/** Tells a direct quotation from scare quotes: a quoted run must hold a few words to be someone's words. */
final class Quotes {
    /** Scare quotes ("temporary levy") mark two or three words; a quotation of someone's words is longer. */
    static final int MIN_QUOTED_WORDS = 4;

    private Quotes() {
    }

    static boolean holdsQuotation(List<Token> tokens) {
        boolean[] inside = ClaimExtractor.insideQuotes(tokens);
        int run = 0;
        int best = 0;
        boolean sawMark = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (inside[i]) {
                if (Character.isLetterOrDigit(tokens.get(i).word().charAt(0))) {
                    run++;
                }
            } else {
                best = Math.max(best, run);
                run = 0;
            }
            sawMark |= ClaimExtractor.isQuoteMark(tokens.get(i));
        }
        best = Math.max(best, run);
        return sawMark && best >= MIN_QUOTED_WORDS;
    }
}
