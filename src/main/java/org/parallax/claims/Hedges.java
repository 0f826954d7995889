package org.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.nlp.Token;

/** Finds hedging words and phrases (resources/claims/hedges.tsv) in a run of tokens. */
final class Hedges {
    private record Entry(String[] words, String posPrefix) {
    }

    private final List<Entry> entries;
    private static volatile Hedges standard;

    private Hedges(List<Entry> entries) {
        this.entries = entries;
    }

    static Hedges standard() {
        if (standard == null) {
            List<Entry> entries = new ArrayList<>();
            for (String[] row : Lexicon.rows("claims/hedges.tsv")) {
                entries.add(new Entry(row[0].toLowerCase(Locale.ROOT).split(" "), row.length > 1 ? row[1] : null));
            }
            standard = new Hedges(entries);
        }
        return standard;
    }

    /** The hedges found, as they stand in the text, in order, each once. */
    List<String> find(List<Token> tokens) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Entry e : entries) {
                if (matches(tokens, i, e)) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < e.words().length; k++) {
                        sb.append(k == 0 ? "" : " ").append(tokens.get(i + k).word());
                    }
                    String hedge = sb.toString();
                    if (!found.contains(hedge)) {
                        found.add(hedge);
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matches(List<Token> tokens, int at, Entry e) {
        if (at + e.words().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.words().length; k++) {
            if (!ClaimExtractor.lower(tokens.get(at + k)).equals(e.words()[k])) {
                return false;
            }
        }
        return e.posPrefix() == null || tokens.get(at).pos() != null && tokens.get(at).pos().startsWith(e.posPrefix());
    }
}
