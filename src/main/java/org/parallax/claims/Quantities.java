package org.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Quantity;
import org.parallax.nlp.Token;

/**
 * Numbers in a claim with their units. CoreNLP normalizes the number ("2.4 million" → 2400000)
 * but leaves the unit untagged, so the unit is the noun that follows ("8 kilometers (5 miles)"
 * → 8 kilometer, 5 mile), lemmatized so singular and plural compare equal.
 */
final class Quantities {
    private static final Set<String> NUMERIC = Set.of("NUMBER", "MONEY", "PERCENT");
    private static final Map<String, String> CURRENCY = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");
    /** Adjectives and nouns allowed between a number and its unit's head noun ("30 armored vehicles"). */
    private static final int MAX_UNIT_GAP = 2;

    private Quantities() {
    }

    static List<Quantity> find(List<Token> tokens, String text) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.ner() == null || !NUMERIC.contains(t.ner())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && t.ner().equals(tokens.get(j).ner()) && same(t.normalized(), tokens.get(j).normalized())) {
                j++;
            }
            Double value = parse(t.normalized());
            if (value == null || isPronounOne(tokens, i, j)) {
                i = j;
                continue;
            }
            String unit = null;
            int end = tokens.get(j - 1).end();
            if (t.ner().equals("PERCENT")) {
                unit = "percent";
            } else if (t.ner().equals("MONEY")) {
                unit = currency(t.normalized());
            } else {
                int k = j;
                if (k < tokens.size() && "HYPH".equals(tokens.get(k).pos())) {
                    k++;
                }
                if (k + 1 < tokens.size() && ClaimExtractor.lower(tokens.get(k)).equals("per")
                        && ClaimExtractor.lower(tokens.get(k + 1)).equals("cent")) {
                    unit = "percent";
                    end = tokens.get(k + 1).end();
                } else {
                    for (int gap = 0; k < tokens.size() && gap <= MAX_UNIT_GAP; k++, gap++) {
                        Token u = tokens.get(k);
                        String p = u.pos() == null ? "" : u.pos();
                        if (p.equals("NN") || p.equals("NNS")) {
                            unit = u.lemma().toLowerCase();
                            end = u.end();
                            break;
                        }
                        if (!(p.startsWith("JJ") || p.equals("VBN") || p.equals("HYPH"))) {
                            break;
                        }
                    }
                }
            }
            int start = t.start();
            out.add(new Quantity(text.substring(start, end), start, end, value, unit));
            i = j;
        }
        return out;
    }

    /** "one of the few", "one-China": "one" as a pronoun or inside a compound is no quantity. */
    private static boolean isPronounOne(List<Token> tokens, int i, int j) {
        if (j != i + 1 || !ClaimExtractor.lower(tokens.get(i)).equals("one")) {
            return false;
        }
        if (j >= tokens.size()) {
            return true;
        }
        String next = ClaimExtractor.lower(tokens.get(j));
        return next.equals("of") || "HYPH".equals(tokens.get(j).pos()) || next.equals("-") || !tokens.get(j).pos().startsWith("NN") && !tokens.get(j).pos().startsWith("JJ");
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** CoreNLP's normalized numbers: "30.0", "$5.0E9", "%42.0", ">=30.0", "~100.0". */
    static Double parse(String normalized) {
        if (normalized == null) {
            return null;
        }
        String s = normalized.replaceAll("^[^0-9.\\-]+", "");
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String currency(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return null;
        }
        String symbol = normalized.substring(0, 1);
        return CURRENCY.getOrDefault(symbol, symbol);
    }
}
