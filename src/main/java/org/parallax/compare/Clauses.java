package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reading a statement's clauses from its words and the punctuation between them: where a clause
 * breaks, the words a cue governs (its scope), the subject before a word, whether a word states
 * its act as fact or only supposes or hedges it. Shared by the rules that read what a negation,
 * a hedge or a "first" bears on.
 */
final class Clauses {
    private Clauses() {
    }

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(".*[,;:\"“”()—].*");

    /** Word {@code i} stands in a relative clause: the nearest clause break before it is followed by "who", "which"... */
    static boolean inRelativeClause(Statement s, int i) {
        for (int j = i; j > 0; j--) {
            if (clauseBreakBefore(s, j)) {
                return RELATIVE_PRONOUNS.contains(s.words().get(j).lower());
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?]");

    /** Word {@code i} stands in a question: the first sentence end after it is a question mark. */
    static boolean inQuestion(Statement s, int i) {
        java.util.regex.Matcher end = SENTENCE_END.matcher(s.text()).region(s.words().get(i).end(), s.text().length());
        return end.find() && end.group().equals("?");
    }

    /** Word {@code at} states its act as fact: a predicate, not an infinitive ("negotiating to purchase"). */
    static boolean factAt(Statement s, int at) {
        return s.predicateAt(at) && !(at > 0 && s.words().get(at - 1).lower().equals("to"));
    }

    /** The stem stands in the statement as fact ("can invoke the act to overturn" does not). */
    static boolean statedAsFact(Statement s, String stem) {
        int at = firstIndexOf(s, 0, stem);
        return at >= 0 && factAt(s, at);
    }

    /** Conjunctions that open a supposition: what follows them is not asserted. */
    static final Set<String> SUPPOSING = Set.of("if", "unless", "whether");

    /** The conjunction of supposition opening the clause of word {@code at}, or null (a parenthesis does not close the clause). */
    static String supposition(Statement s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            String lower = s.words().get(i).lower();
            if (SUPPOSING.contains(lower)) {
                return lower;
            }
            if (i > 0 && breakBefore(s, i, SENTENCE_CLAUSE_BREAK)) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SENTENCE_CLAUSE_BREAK = java.util.regex.Pattern.compile(".*[,;:—].*");

    /** The index of the first word at or after {@code from} with this stem, or -1. */
    static int firstIndexOf(Statement s, int from, String stem) {
        for (int i = Math.max(0, from); stem != null && i < s.words().size(); i++) {
            if (s.words().get(i).stem().equals(stem)) {
                return i;
            }
        }
        return -1;
    }

    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been");

    static final Set<String> HAVE = Set.of("has", "have", "had", "having");

    /** The cue follows "there is" / "there were": it denies that something exists. */
    static boolean existential(Statement s, Statement.Cue c) {
        List<Statement.Word> w = s.words();
        return c.index() >= 2 && w.get(c.index() - 2).lower().equals("there") && BE.contains(w.get(c.index() - 1).lower());
    }

    /** The cue is a negating determiner ("no", "none of the"). */
    static boolean isDeterminer(Statement s, Statement.Cue cue) {
        return s.cues("determiner").stream().anyMatch(d -> d.index() == cue.index() && d.text().equals(cue.text()));
    }

    /** Up to three content stems before word {@code at}, back to the start of its clause. */
    static List<String> subject(Statement s, int at) {
        return subject(s, at, 3);
    }

    /** At most {@code max} content stems before word {@code at}, back to the start of its clause. */
    static List<String> subject(Statement s, int at, int max) {
        List<String> out = new ArrayList<>();
        List<Statement.Word> w = s.words();
        for (int i = at - 1; i >= 0 && out.size() < max; i--) {
            String lower = w.get(i).lower();
            if (clauseBreakBefore(s, i + 1) || Cues.SHARED.clauseOpeners.contains(lower)) {
                break;
            }
            if (s.isContent(w.get(i))) {
                out.add(w.get(i).stem());
            }
        }
        return out;
    }

    /** Up to {@code max} content stems after word {@code at}, to the end of its clause. */
    static List<String> following(Statement s, int at, int max) {
        List<String> out = new ArrayList<>();
        List<Statement.Word> w = s.words();
        for (int i = at + 1; i < w.size() && out.size() < max; i++) {
            if (i > at + 1 && clauseBreakBefore(s, i)) {
                break;
            }
            if (s.isContent(w.get(i))) {
                out.add(w.get(i).stem());
            }
        }
        return out;
    }

    /** Punctuation that ends a clause (comma, colon, quote, bracket, dash) stands between word {@code i} and the one before. */
    static boolean clauseBreakBefore(Statement s, int i) {
        return breakBefore(s, i, CLAUSE_BREAK);
    }

    /** The text between word {@code i} and the one before matches {@code punctuation}. */
    private static boolean breakBefore(Statement s, int i, java.util.regex.Pattern punctuation) {
        List<Statement.Word> w = s.words();
        return punctuation.matcher(s.text().substring(w.get(i - 1).end(), w.get(i).start())).matches();
    }

    /** How many words after a negation cue can hold what it negates. */
    static final int SCOPE_WORDS = 5;

    /** The content stems a negation cue governs: up to three within the next few words. */
    static List<String> scope(Statement s, Statement.Cue c) {
        return scope(s, c, x -> false);
    }

    /** As above, passing over the words {@code skip} accepts (the window grows by as many words). */
    static List<String> scope(Statement s, Statement.Cue c, java.util.function.Predicate<Statement.Word> skip) {
        List<String> out = new ArrayList<>();
        int skipped = 0;
        List<Statement.Word> w = s.words();
        int first = c.index() + c.text().split(" ").length;
        if (w.get(c.index()).lower().endsWith("n't")) {
            first = c.index() + 1;
        }
        // "no passenger was ejected": the determiner's noun is not what is negated, the verb after it is.
        // After a verb ("played no role in the firing") the determiner negates its own noun.
        // "has no effect" is after a verb too, though "has" is a function word elsewhere.
        // "There is no girl with a bag on the train" denies the girl with the bag: the noun is what is negated.
        boolean existential = existential(s, c);
        boolean determiner = !existential && isDeterminer(s, c)
                && (c.index() == 0 || clauseBreakBefore(s, c.index())
                    || !s.isContent(w.get(c.index() - 1)) && !HAVE.contains(w.get(c.index() - 1).lower()) || w.get(c.index() - 1).capitalized());
        if (determiner) {
            int phraseEnd = s.nounPhraseEnd(first);
            if (phraseEnd > first) {
                // Tagged: past the whole noun phrase ("no motorcycle rider is standing").
                first = phraseEnd;
            } else {
                while (first < w.size() && s.isStop(w.get(first).lower())) {
                    first++;
                }
                first++;
            }
        }
        for (int i = first; i < w.size() && i <= c.index() + SCOPE_WORDS + skipped + (determiner ? 2 : 0) && out.size() < 3; i++) {
            Statement.Word x = w.get(i);
            if (i > first && clauseBreakBefore(s, i)) {
                break;
            }
            if (skip.test(x)) {
                skipped++;
            } else if (s.isContent(x)) {
                out.add(x.stem());
            }
        }
        return out;
    }

    /** The words of {@code s} from the first to the last of these stems (at most a few words), as written. */
    static String around(Statement s, List<String> stems) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < s.words().size(); i++) {
            if (stems.contains(s.words().get(i).stem())) {
                if (from < 0) {
                    from = i;
                }
                if (i - from <= 6) {
                    to = i;
                }
            }
        }
        if (from < 0) {
            return String.join(" ", stems);
        }
        return s.text().substring(s.words().get(from).start(), s.words().get(to).end());
    }

    /**
     * A hedge of the statement governs one of these stems: it says they may or would be so, not
     * that they are ("if he becomes prime minister" asserts no becoming). Asked only when the
     * denial itself is not hedged ("would not review" does deny "would review").
     */
    static boolean hedges(Statement s, List<String> stems) {
        for (Statement.Cue c : s.cues("modal")) {
            List<String> scope = scope(s, c, w -> w.capitalized() || Cues.SHARED.titles.contains(w.lower()));
            if (scope.stream().anyMatch(stems::contains)) {
                return true;
            }
        }
        return false;
    }
}
