package org.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.AttributionType;
import org.parallax.model.Resources;
import org.parallax.nlp.Token;

/**
 * Finds who a sentence is attributed to: "according to X", "X said", "said X", and types the
 * source (named person, anonymous sources, an outlet, an official statement) with the rules in
 * resources/claims/sources.tsv.
 */
final class Attribution {
    /** The attribution phrase and the kind of source it names. */
    record Found(String phrase, AttributionType type, int start, int end) {
    }

    /** Parts of speech a source's noun phrase is made of ("people familiar with the plans", "France's foreign minister"). */
    private static final Set<String> NOMINAL = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "JJR", "JJS", "PRP",
            "PRP$", "POS", "CD", "HYPH", "VBN", "VBG", "NFP", "FW");
    /** Prepositions allowed inside a source's noun phrase. */
    private static final Set<String> INNER_PREPOSITIONS = Set.of("of", "with", "for", "on", "to", "at", "in", "from", "close");
    /** Auxiliaries and adverbs that may stand between a subject and its reporting verb ("has also said"). */
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "is", "was", "were", "are", "will", "would",
            "also", "later", "earlier", "previously", "then", "already", "publicly", "privately", "repeatedly", "not", "n't", "did", "does", "do");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "i", "we", "you");
    private static final Pattern PERSON_ROLE = Pattern.compile("(?i)\\b(?:president|minister|secretary|adviser|advisor|"
            + "spokes\\w*|chancellor|senator|governor|mayor|ambassador|envoy|diplomat|general|chief|director|leader|"
            + "official|lawmaker|deputy|mp|prime|king|queen|chairman|chairwoman|ceo|founder|analyst|expert|professor|"
            + "colleague|aide|candidate|judge|lawyer|attorney|economist|historian|member|head)\\b");

    private final Set<String> verbs;
    private final List<Rule> rules;

    private record Rule(AttributionType type, Pattern pattern) {
    }

    private Attribution(Set<String> verbs, List<Rule> rules) {
        this.verbs = verbs;
        this.rules = rules;
    }

    private static volatile Attribution standard;

    static Attribution standard() {
        if (standard == null) {
            List<Rule> rules = new ArrayList<>();
            for (String[] row : Resources.rows("claims/sources.tsv")) {
                rules.add(new Rule(AttributionType.valueOf(row[0]), Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
            standard = new Attribution(Set.copyOf(Resources.firstColumn("claims/attribution-verbs.tsv")), rules);
        }
        return standard;
    }

    boolean isReportingVerb(Token t) {
        return t.pos() != null && t.pos().startsWith("VB") && t.lemma() != null
                && verbs.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether the sentence has a reporting verb outside any quotation. */
    boolean hasReportingVerb(List<Token> tokens) {
        boolean[] quoted = ClaimExtractor.insideQuotes(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (!quoted[i] && isReportingVerb(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The attribution of the sentence, or null when it names no source. */
    Found find(List<Token> tokens, String text) {
        boolean[] quoted = ClaimExtractor.insideQuotes(tokens);
        Found found = accordingTo(tokens, quoted, text);
        for (int i = 0; found == null && i < tokens.size(); i++) {
            if (!quoted[i] && isReportingVerb(tokens.get(i))) {
                found = subjectOf(tokens, quoted, i, text);
            }
        }
        return found;
    }

    private Found accordingTo(List<Token> tokens, boolean[] quoted, String text) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!quoted[i] && ClaimExtractor.lower(tokens.get(i)).equals("according")
                    && ClaimExtractor.lower(tokens.get(i + 1)).equals("to")) {
                int from = i + 2;
                int to = from;
                while (to < tokens.size() && !isBoundary(tokens.get(to)) && to - from < 12) {
                    to++;
                }
                if (to > from) {
                    return found(tokens, from, to - 1, text);
                }
            }
        }
        return null;
    }

    private Found subjectOf(List<Token> tokens, boolean[] quoted, int verb, String text) {
        // Left subject: "officials familiar with the plans said", "the minister has said".
        int j = verb - 1;
        while (j >= 0 && (BETWEEN.contains(ClaimExtractor.lower(tokens.get(j))) || "RB".equals(tokens.get(j).pos()))) {
            j--;
        }
        boolean clauseStart = j < 0 || isBoundary(tokens.get(j));
        int end = j;
        while (j >= 0 && !quoted[j] && isNominal(tokens.get(j)) && end - j < 12) {
            j--;
        }
        int start = j + 1;
        // Trim a leading preposition or conjunction left by the walk.
        while (start <= end && !startsPhrase(tokens.get(start))) {
            start++;
        }
        if (start <= end && hasHead(tokens, start, end)) {
            return found(tokens, start, end, text);
        }
        // Inverted: "..., said the minister", "..., said people familiar with the matter";
        // only after a clause boundary, so the object of "told the paper" is never taken for the source.
        if (!clauseStart) {
            return null;
        }
        int from = verb + 1;
        int to = from;
        while (to < tokens.size() && !quoted[to] && (isNominal(tokens.get(to)) || isRelative(tokens, to)) && to - from < 16) {
            to++;
        }
        if (to > from && hasHead(tokens, from, to - 1)) {
            return found(tokens, from, to - 1, text);
        }
        return null;
    }

    /** "who asked not to be identified" after an inverted source: kept, it is what makes the source anonymous. */
    private static boolean isRelative(List<Token> tokens, int i) {
        String w = ClaimExtractor.lower(tokens.get(i));
        return (w.equals("who") || w.equals("asked") || w.equals("declined") || w.equals("be") || w.equals("identified")
                || w.equals("named") || w.equals("not") || w.equals("because") || w.equals("they") || w.equals("were")
                || w.equals("authorized") || w.equals("speak") || w.equals("publicly") || w.equals("discuss")
                || w.equals("private") || w.equals("deliberations") || w.equals("matter") || w.equals("talks"))
                && i > 0;
    }

    private static boolean isNominal(Token t) {
        String w = ClaimExtractor.lower(t);
        return t.pos() != null && (NOMINAL.contains(t.pos()) || (t.pos().equals("IN") || t.pos().equals("TO")) && INNER_PREPOSITIONS.contains(w)
                || t.pos().equals("CC") && w.equals("and"));
    }

    private static boolean startsPhrase(Token t) {
        String p = t.pos() == null ? "" : t.pos();
        return !(p.equals("IN") || p.equals("TO") || p.equals("CC") || p.equals("POS") || p.equals("HYPH"));
    }

    private static boolean hasHead(List<Token> tokens, int start, int end) {
        for (int i = start; i <= end; i++) {
            String p = tokens.get(i).pos();
            if (p != null && (p.startsWith("NN") || p.equals("PRP") || p.equals("CD"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–")
                || w.equals("(") || w.equals(")") || ClaimExtractor.isQuoteMark(t);
    }

    private Found found(List<Token> tokens, int first, int last, String text) {
        // Drop trailing prepositions/conjunctions ("the minister and").
        while (last > first && !hasHeadAt(tokens.get(last))) {
            last--;
        }
        int s = tokens.get(first).start();
        int e = tokens.get(last).end();
        String phrase = text.substring(s, e).replaceAll("\\s+", " ").strip();
        if (NO_SOURCE.contains(phrase.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Found(phrase, type(phrase, tokens, first, last, text), s, e);
    }

    private static boolean hasHeadAt(Token t) {
        String p = t.pos() == null ? "" : t.pos();
        return p.startsWith("NN") || p.equals("PRP") || p.equals("CD") || p.equals("VBN") || p.equals("JJ");
    }

    /** Expletive and demonstrative subjects ("It was noted", "This suggests") name no source. */
    private static final Set<String> NO_SOURCE = Set.of("it", "this", "that", "there", "which", "what", "these", "those");

    AttributionType type(String phrase, List<Token> tokens, int first, int last, String text) {
        String sentence = text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        for (Rule r : rules) {
            if (r.type() == AttributionType.ANONYMOUS_SOURCES
                    ? r.pattern().matcher(phrase).find() || r.pattern().pattern().contains("anonymity") && r.pattern().matcher(sentence).find()
                    : r.pattern().matcher(phrase).find()) {
                if (r.type() == AttributionType.OUTLET || r.type() == AttributionType.OFFICIAL_STATEMENT) {
                    // "the minister said in a statement" is official; "Minister X told the Times" stays with X.
                    if (hasPerson(tokens, first, last) && r.type() == AttributionType.OUTLET) {
                        continue;
                    }
                }
                return r.type();
            }
        }
        if (hasPerson(tokens, first, last) || PERSON_ROLE.matcher(phrase).find()) {
            return AttributionType.NAMED_PERSON;
        }
        return isInstitution(tokens, first, last) ? AttributionType.OFFICIAL_STATEMENT : AttributionType.OTHER;
    }

    /** "Beijing announced", "the Kremlin said": a place or organization speaking is its government or body. */
    private static boolean isInstitution(List<Token> tokens, int first, int last) {
        int named = 0;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            String p = t.pos() == null ? "" : t.pos();
            if ("LOCATION".equals(t.ner()) || "ORGANIZATION".equals(t.ner())) {
                named++;
            } else if (!(p.equals("DT") || p.equals("POS"))) {
                return false;
            }
        }
        return named > 0;
    }

    private static boolean hasPerson(List<Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if ("PERSON".equals(t.ner()) || "PRP".equals(t.pos()) && PERSON_PRONOUNS.contains(ClaimExtractor.lower(t))) {
                return true;
            }
        }
        return false;
    }
}
