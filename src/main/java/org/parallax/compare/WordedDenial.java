package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;
import org.parallax.model.Settings;

import static org.parallax.compare.Clauses.BE;
import static org.parallax.compare.Clauses.HAVE;
import static org.parallax.compare.Clauses.SCOPE_WORDS;
import static org.parallax.compare.Clauses.around;
import static org.parallax.compare.Clauses.clauseBreakBefore;
import static org.parallax.compare.Clauses.existential;
import static org.parallax.compare.Clauses.factAt;
import static org.parallax.compare.Clauses.firstIndexOf;
import static org.parallax.compare.Clauses.following;
import static org.parallax.compare.Clauses.hedges;
import static org.parallax.compare.Clauses.inQuestion;
import static org.parallax.compare.Clauses.inRelativeClause;
import static org.parallax.compare.Clauses.isDeterminer;
import static org.parallax.compare.Clauses.scope;
import static org.parallax.compare.Clauses.subject;
import static org.parallax.compare.Clauses.supposition;
import static org.parallax.compare.Names.sameName;
import static org.parallax.compare.Names.standsIn;
import static org.parallax.compare.Names.stated;
import static org.parallax.compare.Names.storyClaims;

/**
 * One statement denies what the other asserts in other words (kind NEGATION, or ATTRIBUTED when
 * both are attributed): "was not elected to the council" / "won a seat on the council", "the
 * company did not confirm the layoffs" / "the company confirmed 300 layoffs". Asked only between
 * two statements plainly telling one fact; inside a topic of many facts a "no" mostly meets
 * another fact.
 *
 * <p>Precondition: the denying side negates more often than the other. Evidence: the predicate
 * the negation governs (its first content word, a verb or adjective) and at least
 * {@code negation.scope.share} of the words it governs stand un-negated in the other statement,
 * stated as fact, about the same subject; or a short denial (at most {@code
 * negation.covered.shorter} of the other's length) whose words, and its clause's, stand there at
 * {@code negation.covered} or more. Not a question, a sentence adverb ("not surprisingly"), a
 * supposition, a relative clause, a hedged assertion, nor the same act of another person.
 */
final class WordedDenial {
    private final double negationScopeShare;
    private final double negationCovered;
    private final double negationShorter;
    private final WordNetSynonyms wordNet;

    WordedDenial(Settings settings, WordNetSynonyms wordNet) {
        negationScopeShare = settings.number("negation.scope.share");
        negationCovered = settings.number("negation.covered");
        negationShorter = settings.number("negation.covered.shorter");
        this.wordNet = wordNet;
    }

    /** The denial, A's of B or else B's of A ("A says 'was not elected', B says 'won a seat'"), or null. */
    Finding find(Statement a, Statement b) {
        String[] negation = negationConflict(a, b);
        boolean aNegates = true;
        if (negation == null) {
            negation = negationConflict(b, a);
            aNegates = false;
        }
        if (negation == null) {
            return null;
        }
        String side = aNegates ? "A" : "B";
        String other = aNegates ? "B" : "A";
        boolean attributed = a.has("attribution") && b.has("attribution");
        return new Finding(Relation.CONTRADICT, attributed ? RelationKind.ATTRIBUTED : RelationKind.NEGATION,
                (attributed ? "The sources quoted disagree: " : "") + side + " says '" + negation[0] + "', "
                        + other + " says '" + negation[1] + "'");
    }

    /**
     * A negation in {@code neg} whose scope (the next content words after the cue) the other
     * statement asserts without negation: {negated phrase, affirmed phrase}, or null.
     */
    private String[] negationConflict(Statement neg, Statement other) {
        // Both sides negate as often: parallel negations ("no comment" / "declined to comment") are no conflict.
        if (neg.negations() <= other.negations()) {
            return null;
        }
        Set<String> negatedInOther = new LinkedHashSet<>();
        // Words the other side denies too: under its own negation, under an act of denial
        // ("refused to recuse himself" / "would not recuse himself"; "failing to address" / "not
        // addressing") or under an adverb saying it (almost) never happens ("rarely keep" / "do not keep").
        for (Statement.Cue c : other.cues()) {
            if (c.category().equals("negation") || c.category().equals("notyet") || c.category().equals("denial")
                    || c.category().equals("limiting")) {
                negatedInOther.addAll(scope(other, c));
            }
        }
        for (Statement.Cue c : neg.cues("negation")) {
            if (neg.notOnlyAt(c.index())) {
                continue;
            }
            // "Not surprisingly, ...": a negated sentence adverb comments on the sentence, denying nothing in it.
            // Of two cues at one place the longer reads it ("no one was injured", not "no" before a noun "one").
            // "Didn't your mother die of it?": a question asks; it denies nothing.
            if (inQuestion(neg, c.index()) || sentenceAdverbAfter(neg, c) || neg.cues("negation").stream()
                    .anyMatch(o -> o.index() == c.index() && o.text().length() > c.text().length())) {
                continue;
            }
            List<String> scope = scope(neg, c);
            // What is negated must be a predicate; a name there says who ("no role in Smith's firing").
            // Declining to say is no denial of what another says ("would not say what she was treated
            // for" / "said she went to the clinic").
            // "can't repay without the bailout" makes repaying depend on the bailout: a second
            // negation within the scope is a condition, not a denial.
            int scopeEnd = c.index() + c.text().split(" ").length + SCOPE_WORDS;
            if (neg.cues().stream().anyMatch(o -> o.index() > c.index() && o.index() <= scopeEnd
                    && (o.category().equals("negation") || o.category().equals("notyet")))) {
                continue;
            }
            // With the annotation's tags, the first governed word must be a verb or an adjective
            // ("neither Smith nor his lawyer ever claimed" negates no lawyer).
            int head = firstIndexOf(neg, c.index() + 1, scope.isEmpty() ? null : scope.get(0));
            // An adverb before the verb ("would not thoroughly review") leaves the verb to head it.
            int verb = head;
            while (verb >= 0 && verb + 1 < neg.words().size() && neg.adverbAt(verb)) {
                verb++;
            }
            if (scope.isEmpty() || neg.names().contains(scope.get(0)) || head >= 0 && neg.words().get(head).capitalized()
                    || Cues.SHARED.reporting.contains(scope.get(0)) || !neg.predicateAt(verb) && !deniesItsClause(neg, c, head)) {
                continue;
            }
            // Each governed word as the other side asserts it: the same word or a WordNet synonym.
            List<String> asserted = new ArrayList<>();
            for (String x : scope) {
                if (negatedInOther.contains(x)) {
                    continue;
                }
                if (other.contentStems().contains(x)) {
                    asserted.add(x);
                } else if (wordNetSynonymIn(neg, x, c.index(), other)) {
                    asserted.add(x);
                }
            }
            // A short denial whose words nearly all stand in the other, un-negated statement denies what
            // that statement says, even when the verb itself is paraphrased ("was not elected" / "won a seat").
            // Not from inside a relative clause, though: "Scruggs, who did not testify, was cleared"
            // denies only the testifying, which the other side need not mention.
            // The denial's own clause must stand there too: a negation in a clause the other side
            // does not tell ("..., but gave no details"; "No charges have been filed, but ...") is
            // extra material, not a denial of what both say.
            boolean wholeStated = !negatedInOther.contains(scope.get(0)) && !inRelativeClause(neg, c.index())
                    && Names.shareStanding(neg, other) >= negationCovered && clauseCoverage(neg, c.index(), other) >= negationCovered
                    && neg.contentStems().size() <= negationShorter * other.contentStems().size();
            if ((asserted.isEmpty() || asserted.size() < negationScopeShare * scope.size()) && !wholeStated) {
                continue;
            }
            // What the other side asserts must include the denied predicate itself, not only its
            // surroundings ("hasn't paid since the strike" / "held a meeting since the strike").
            if (!wholeStated && !asserts(asserted, scope.get(0))) {
                continue;
            }
            // ...and state it as fact: a predicate, not a qualifier ("nothing left" / "his left jab"),
            // nor an infinitive, meant but not done ("was negotiating to purchase the property"
            // contradicts no "had not purchased").
            int assertedAt = wholeStated ? -1 : firstIndexOf(other, 0, scope.get(0));
            // "No president has visited": the determiner denies its clause, whose act is the verb
            // after the noun phrase; that act is what the other side must state as fact.
            if (assertedAt >= 0 && !neg.predicateAt(verb)) {
                int act = clauseAct(neg, c);
                int stated = act < 0 ? -1 : firstIndexOf(other, 0, neg.words().get(act).stem());
                assertedAt = stated >= 0 ? stated : assertedAt;
            }
            if (assertedAt >= 0 && !factAt(other, assertedAt)) {
                continue;
            }
            // "If the rule is not struck down": a supposition denies nothing the other side asserts
            // (two opposite conditions of one supposition do conflict: "if the deal is approved").
            // "Unless" already negates its condition ("unless the subsidies are repealed").
            String otherSupposes = assertedAt >= 0 ? supposition(other, assertedAt) : null;
            if (supposition(neg, c.index()) != null && (otherSupposes == null || otherSupposes.equals("unless"))) {
                continue;
            }
            // Each side names who acts right before the act, and they differ: "Rahman didn't land a
            // punch" / "Klitschko landed 28 punches" tell of two people.
            if (assertedAt >= 0 && otherActor(neg, c.index(), other, assertedAt)) {
                continue;
            }
            if (asserted.isEmpty()) {
                neg.contentStems().stream().filter(x -> stated(other, x)).forEach(asserted::add);
            }
            // Between two claims of a story a subject left unnamed ("they have not made him an
            // offer") could be anyone: it must be named and stated on the other side too.
            boolean named = !storyClaims(neg, other) || subjectStated(neg, c, other);
            if (asserted.isEmpty() || !named || !sameArguments(neg, c, scope, other, asserted.get(0)) || hedges(other, asserted) && !sameModals(neg, other)) {
                continue;
            }
            // Names say who, not what: "this wasn't Smith" denies nothing a list naming Smith asserts.
            if (asserted.stream().allMatch(x -> neg.names().contains(x) || other.names().contains(x))) {
                continue;
            }
            // The same act for someone else is no denial: "has not made another offer to Jones" /
            // "made an offer to Smith".
            if (otherArguments(neg, head, other, firstIndexOf(other, 0, asserted.get(0)))) {
                continue;
            }
            int end = c.index();
            for (int i = c.index(); i < neg.words().size() && i <= c.index() + SCOPE_WORDS; i++) {
                if (scope.contains(neg.words().get(i).stem())) {
                    end = i;
                }
            }
            String negated = neg.text().substring(neg.words().get(c.index()).start(), neg.words().get(end).end());
            return new String[] {negated, around(other, asserted)};
        }
        return null;
    }

    /**
     * The share of the content words of the clause holding word {@code at} (the cue itself left
     * out) that stand in {@code other}, as words or name spellings; 1 when the clause has none.
     */
    private double clauseCoverage(Statement s, int at, Statement other) {
        List<String> clause = new ArrayList<>(subject(s, at, Integer.MAX_VALUE));
        clause.addAll(following(s, at, Integer.MAX_VALUE));
        if (clause.isEmpty()) {
            return 1;
        }
        long found = clause.stream().filter(x -> standsIn(x, other.contentStems())).count();
        return found / (double) clause.size();
    }

    /** The word of stem {@code stem} after {@code from} in {@code s} has a WordNet synonym among the other side's plain words. */
    private boolean wordNetSynonymIn(Statement s, String stem, int from, Statement other) {
        for (int i = from; i < s.words().size(); i++) {
            Statement.Word w = s.words().get(i);
            if (w.stem().equals(stem)) {
                return other.words().stream().anyMatch(y -> !y.capitalized() && other.isContent(y)
                        && wordNet.synonyms(w.lower(), y.lower()));
            }
        }
        return false;
    }

    /**
     * Both sides hedge with the same modals ("would not review" / "would review"): a hedge on the
     * asserting side then weakens nothing the denial does not weaken too. With different modals
     * ("would not harm" / "could harm") the assertion is only a possibility and denies nothing.
     */
    private static boolean sameModals(Statement neg, Statement other) {
        Set<String> x = new LinkedHashSet<>();
        neg.cues("modal").forEach(c -> x.add(c.text()));
        Set<String> y = new LinkedHashSet<>();
        other.cues("modal").forEach(c -> y.add(c.text()));
        return !x.isEmpty() && x.equals(y);
    }

    /** Each act has a name as its subject, right before it, and they are not one name. */
    private boolean otherActor(Statement neg, int negAt, Statement other, int otherAt) {
        String x = subjectName(neg, negAt);
        String y = subjectName(other, otherAt);
        return x != null && y != null && !sameName(x, y);
    }

    /**
     * The name standing right before word {@code at}, past function words only ("Rahman didn't
     * land", "Klitschko eventually landed"); a possessive names an owner, no subject ("France's allies").
     */
    private static String subjectName(Statement s, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            if (clauseBreakBefore(s, i + 1)) {
                return null;
            }
            Statement.Word w = s.words().get(i);
            if (w.capitalized() && s.names().contains(w.lower())) {
                return w.lower();
            }
            if (!s.isStop(w.lower()) && !w.lower().endsWith("ly")) {
                return null;
            }
        }
        return null;
    }

    /** The cue is followed by one "-ly" word and a comma. */
    private static boolean sentenceAdverbAfter(Statement s, Statement.Cue c) {
        int next = c.index() + c.text().split(" ").length;
        return next < s.words().size() && s.words().get(next).lower().endsWith("ly")
                && s.text().startsWith(",", s.words().get(next).end());
    }

    /** The asserted stems hold the denied head word. */
    private static boolean asserts(List<String> asserted, String head) {
        return asserted.contains(head);
    }

    /**
     * After the denied word and after the asserted one, each clause names someone (within six
     * words), and no name of one stands in the other: the act is told of different people.
     */
    private boolean otherArguments(Statement neg, int negAt, Statement other, int otherAt) {
        List<String> x = namesAfter(neg, negAt);
        List<String> y = namesAfter(other, otherAt);
        return !x.isEmpty() && !y.isEmpty() && x.stream().noneMatch(n -> y.stream().anyMatch(m -> sameName(n, m)));
    }

    private static List<String> namesAfter(Statement s, int at) {
        List<String> out = new ArrayList<>();
        for (int i = at + 1; at >= 0 && i < s.words().size() && i <= at + 6; i++) {
            if (clauseBreakBefore(s, i)) {
                break;
            }
            String lower = Statement.withoutPossessive(s.words().get(i).lower());
            if (s.words().get(i).capitalized() && s.names().contains(lower)) {
                out.add(lower);
            }
        }
        return out;
    }

    /** The negation names its subject (the content words before it in its clause) and the other statement states it. */
    private boolean subjectStated(Statement neg, Statement.Cue cue, Statement other) {
        return negationSubject(neg, cue, Integer.MAX_VALUE).stream().anyMatch(x -> stated(other, x));
    }

    /**
     * A negating determiner or pronoun denies its whole clause, whatever word heads what follows:
     * "there is no man on the boat", "nobody is in front of the building", "none of the kids has a
     * gun", and, after the determiner's noun phrase, its verb ("no biker jumping", which the
     * tagger may call a noun).
     */
    private static boolean deniesItsClause(Statement neg, Statement.Cue c, int head) {
        List<Statement.Word> w = neg.words();
        int cueEnd = c.index() + c.text().split(" ").length;
        boolean determiner = isDeterminer(neg, c);
        if (!determiner && !CLAUSE_NEGATING_PRONOUNS.contains(c.text())) {
            return false;
        }
        int verb = determiner ? neg.nounPhraseEnd(cueEnd) : cueEnd;
        return existential(neg, c) || head == verb || verb < w.size() && (BE.contains(w.get(verb).lower()) || HAVE.contains(w.get(verb).lower()));
    }

    /**
     * The act of the clause a negating determiner denies: the first word after its noun phrase
     * that is no auxiliary, modal or adverb ("no president [has] visited"); -1 when none, or when
     * no finite verb follows the noun phrase: "there is no man playing a piano" denies a scene,
     * not the playing (SICK development pairs: 27 of 39 such pairs read as conflicts were neutral).
     */
    private static int clauseAct(Statement neg, Statement.Cue c) {
        if (!isDeterminer(neg, c)) {
            return -1;
        }
        List<Statement.Word> w = neg.words();
        int i = neg.nounPhraseEnd(c.index() + c.text().split(" ").length);
        if (i >= w.size() || !neg.finiteVerbAt(i)) {
            return -1;
        }
        while (i < w.size() && (BE.contains(w.get(i).lower()) || HAVE.contains(w.get(i).lower())
                || Statement.MODAL_VERBS.contains(w.get(i).lower()) || neg.adverbAt(i))) {
            i++;
        }
        return i < w.size() && neg.predicateAt(i) ? i : -1;
    }

    private static final Set<String> CLAUSE_NEGATING_PRONOUNS = Set.of("nobody", "no one", "nothing", "none");

    /**
     * Up to {@code max} content stems before the negation, back to the start of its clause; for a
     * determiner ("no passenger was ejected") its noun too.
     */
    private static List<String> negationSubject(Statement neg, Statement.Cue cue, int max) {
        List<String> subject = subject(neg, cue.index(), max);
        if (isDeterminer(neg, cue)) {
            subject.addAll(following(neg, cue.index() + cue.text().split(" ").length - 1, 1));
        }
        return subject;
    }

    /**
     * The negated predicate and the one the other side asserts are about the same someone or
     * something. The subject of the negation (the content words before the cue, back to the start
     * of its clause) turns up in the other statement, or the subject of the asserted word turns up
     * in the negated clause: "officials speaking to reporters" does not assert what "the mayor
     * hasn't spoken" denies. True when a side names no subject of its own (a pronoun, a
     * passive, "without warning"): then nothing tells the two apart.
     */
    private boolean sameArguments(Statement neg, Statement.Cue cue, List<String> scope, Statement other, String assertedStem) {
        List<String> negSubject = negationSubject(neg, cue, 3);
        if (negSubject.isEmpty() || negSubject.stream().anyMatch(x -> stated(other, x))) {
            return true;
        }
        int at = firstIndexOf(other, 0, assertedStem);
        List<String> otherSubject = at < 0 ? List.of() : subject(other, at);
        if (otherSubject.isEmpty()) {
            return true;
        }
        List<String> negClause = new ArrayList<>(negSubject);
        negClause.addAll(scope);
        negClause.addAll(following(neg, cue.index(), SCOPE_WORDS + 3));
        return otherSubject.stream().anyMatch(x -> negClause.stream().anyMatch(y -> sameName(x, y)));
    }
}
