package org.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.nlp.Token;

/**
 * Splits a sentence holding two independent assertions ("The army took the town; the mayor
 * fled", "X met Y on Monday, and Z announced a deal") so each can be matched on its own. Only
 * where both sides have their own subject and finite verb, outside quotations, and never a
 * sentence whose attribution ("..., officials said", "X said that") governs both sides.
 */
final class Splitter {
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "yet");
    /** A side shorter than this is not an assertion of its own. */
    static final int MIN_PART_WORDS = 5;
    /** The right side's verb must come this close to its start, or the clause is not a fresh subject + verb. */
    private static final int MAX_SUBJECT_TOKENS = 6;

    private Splitter() {
    }

    static List<List<Token>> parts(List<Token> tokens, Attribution attribution) {
        boolean[] quoted = ClaimExtractor.insideQuotes(tokens);
        if (governsWholeSentence(tokens, quoted, attribution)) {
            return List.of(tokens);
        }
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (quoted[i]) {
                continue;
            }
            String w = tokens.get(i).word();
            int rightStart;
            if (w.equals(";")) {
                rightStart = i + 1;
            } else if (w.equals(",") && CONJUNCTIONS.contains(ClaimExtractor.lower(tokens.get(i + 1)))) {
                rightStart = i + 2;
            } else {
                continue;
            }
            List<Token> left = tokens.subList(from, i);
            List<Token> right = tokens.subList(Math.min(rightStart, tokens.size()), tokens.size());
            if (isClause(left, Integer.MAX_VALUE) && isClause(right, MAX_SUBJECT_TOKENS)) {
                out.add(left);
                from = rightStart;
            }
        }
        if (out.isEmpty()) {
            return List.of(tokens);
        }
        out.add(tokens.subList(from, tokens.size()));
        return out;
    }

    /**
     * A reporting verb that introduces a clause ("said that", "said:", "…, officials said.") or an
     * "according to" governs everything around it; one with a plain object ("declared a curfew") does not.
     */
    private static boolean governsWholeSentence(List<Token> tokens, boolean[] quoted, Attribution attribution) {
        int lastComma = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!quoted[i] && tokens.get(i).word().equals(",")) {
                lastComma = i;
            }
            if (!quoted[i] && ClaimExtractor.lower(tokens.get(i)).equals("according")) {
                return true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i] || !attribution.isReportingVerb(tokens.get(i))) {
                continue;
            }
            if (i + 1 >= tokens.size() || i > lastComma && lastComma >= 0) {
                return true;
            }
            Token next = tokens.get(i + 1);
            String w = ClaimExtractor.lower(next);
            if (w.equals("that") || w.equals(":") || w.equals(",") || w.equals(".") || ClaimExtractor.isQuoteMark(next)
                    || "PRP".equals(next.pos()) && !w.equals("it")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClause(List<Token> part, int verbWithin) {
        long words = part.stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).count();
        if (words < MIN_PART_WORDS || part.isEmpty()) {
            return false;
        }
        Token first = part.get(0);
        String p = first.pos() == null ? "" : first.pos();
        if (verbWithin != Integer.MAX_VALUE && !(p.startsWith("NN") || p.equals("DT") || p.equals("PRP") || p.equals("JJ")
                || p.equals("CD") || p.equals("PRP$"))) {
            return false;
        }
        for (int i = 0; i < part.size() && i <= verbWithin; i++) {
            if (ClaimExtractor.isFiniteVerb(part.get(i))) {
                return i > 0;
            }
        }
        return false;
    }
}
