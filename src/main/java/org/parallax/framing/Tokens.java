package org.parallax.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word tokens of a stretch of text with their offsets. Lexicon matching needs only words, so this
 * light tokenizer works the same whether or not the annotator supplied tokens; a possessive
 * ending ("China's") becomes its own token so "regime's" still matches "regime".
 */
final class Tokens {
    /** A word: letters or digits, with inner apostrophes and hyphens. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    /** One word. {@code norm} is lower case with curly apostrophes made straight. */
    record Tok(int start, int end, String raw, String norm) {
        boolean capitalized() {
            return Character.isUpperCase(raw.codePointAt(0));
        }

        boolean possessive() {
            return norm.equals("'s") || norm.equals("'");
        }
    }

    private Tokens() {
    }

    static List<Tok> of(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String raw = text.substring(s, e);
            String norm = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
            if (norm.endsWith("'s") && norm.length() > 2) {
                out.add(new Tok(s, e - 2, raw.substring(0, raw.length() - 2), norm.substring(0, norm.length() - 2)));
                out.add(new Tok(e - 2, e, raw.substring(raw.length() - 2), "'s"));
            } else {
                out.add(new Tok(s, e, raw, norm));
            }
        }
        return out;
    }

    /** Number of words, not counting possessive endings. */
    static int words(List<Tok> tokens) {
        int n = 0;
        for (Tok t : tokens) {
            if (!t.possessive()) {
                n++;
            }
        }
        return n;
    }

    /** True when only spaces stand between the two tokens (no comma, dash, quote or bracket). */
    static boolean adjacent(String text, Tok left, Tok right) {
        for (int i = left.end(); i < right.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return !text.substring(left.end(), right.start()).contains("\n");
    }
}
