package org.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Resources;
import org.parallax.nlp.AnnotatedSentence;
import org.parallax.nlp.Token;

/**
 * Decides whether a body sentence asserts something checkable. Questions, exclamations,
 * fragments without a main verb (headings that slipped into the body), calls to action and
 * unsupported first-person opinion do not; everything else does, because a news sentence that
 * reports anything is worth matching across sources.
 */
final class AssertionFilter {
    /** Fewer words than this, and a sentence is a fragment ("Updated.", "Read more"); "Investors balked." is not. */
    static final int MIN_WORDS = 3;
    /** Tags a subject can end with, so a verb right after one is not governed by an auxiliary ("has", "to", "will"). */
    private static final Set<String> SUBJECT_END = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "CD", ",", "HYPH");

    private final List<Pattern> actions = new ArrayList<>();
    private final List<Pattern> opinions = new ArrayList<>();
    private final Attribution attribution;
    private static volatile AssertionFilter standard;

    private AssertionFilter(Attribution attribution) {
        this.attribution = attribution;
    }

    static AssertionFilter standard() {
        if (standard == null) {
            AssertionFilter f = new AssertionFilter(Attribution.standard());
            for (String[] row : Resources.rows("claims/not-claims.tsv")) {
                Pattern p = Pattern.compile("^(?:" + row[1] + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                (row[0].equals("action") ? f.actions : f.opinions).add(p);
            }
            standard = f;
        }
        return standard;
    }

    boolean isAssertion(AnnotatedSentence s, String text) {
        return isAssertion(s, text, false);
    }

    /**
     * Headline grammar drops the finite verb ("Ellen DeGeneres to host Oscars", "Star dead at 91")
     * and capitalizes every word, so a headline needs a verb of any form, or none at all.
     */
    boolean isAssertion(AnnotatedSentence s, String text, boolean headline) {
        List<Token> tokens = s.tokens();
        int first = 0;
        while (first < tokens.size() && isLeadPunctuation(tokens.get(first))) {
            first++;
        }
        int last = tokens.size() - 1;
        while (last >= first && (ClaimExtractor.isQuoteMark(tokens.get(last)) || tokens.get(last).word().equals(")"))) {
            last--;
        }
        if (last < first) {
            return false;
        }
        String end = tokens.get(last).word();
        if (end.endsWith("?") || end.endsWith("!")) {
            return false;
        }
        long words = tokens.stream().filter(t -> Character.isLetterOrDigit(t.word().charAt(0))).count();
        if (words < MIN_WORDS || !headline && !hasMainVerb(tokens)) {
            return false;
        }
        String body = text.substring(tokens.get(first).start(), tokens.get(last).end()).replaceAll("\\s+", " ");
        if (isImperative(tokens, first) || actions.stream().anyMatch(p -> p.matcher(body).find())) {
            return false;
        }
        if (opinions.stream().anyMatch(p -> p.matcher(body).find())) {
            boolean anchored = !s.mentions().isEmpty() || !s.times().isEmpty()
                    || tokens.stream().anyMatch(t -> "NUMBER".equals(t.ner()) || "MONEY".equals(t.ner()) || "PERCENT".equals(t.ner()))
                    || attribution.hasReportingVerb(tokens);
            return anchored;
        }
        return true;
    }

    /**
     * A finite verb, or one the tagger took for a participle or base form where it can only be the
     * main verb: right after the subject, with no auxiliary before it ("A judge sentenced Nichols",
     * "Staunton Police this morning arrested Smith", "Four men smash their car into a store"). The
     * news lead that opens this way is the article's most important claim.
     */
    private static boolean hasMainVerb(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (ClaimExtractor.isFiniteVerb(t)) {
                return true;
            }
            if (("VBN".equals(t.pos()) || "VB".equals(t.pos())) && i > 0 && SUBJECT_END.contains(tokens.get(i - 1).pos())) {
                return true;
            }
        }
        return false;
    }

    /** A sentence opening on a bare verb ("Consider the facts", "Vote today") addresses the reader. */
    private static boolean isImperative(List<Token> tokens, int first) {
        Token t = tokens.get(first);
        return "VB".equals(t.pos()) && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean isLeadPunctuation(Token t) {
        return ClaimExtractor.isQuoteMark(t) || t.word().equals("—") || t.word().equals("-") || t.word().equals("–")
                || t.word().equals("•") || t.word().equals("*") || t.word().equals("(");
    }
}
