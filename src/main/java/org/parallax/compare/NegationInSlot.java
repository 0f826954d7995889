package org.parallax.compare;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * One side negates what the other asserts in the same words: the only thing one side adds in a
 * slot is a negation ("was not", "didn't", "never"), perhaps with an auxiliary, and the other side
 * puts nothing there but an auxiliary; the words around it are aligned, and the negating side
 * negates more often than the other; the asserting side does not only suppose it ("if the council
 * extends the line" asserts no extension). "Not only" negates nothing. A negating determiner in
 * place of an indefinite one denies the same act too: "no president has visited" / "a president
 * has visited".
 */
final class NegationInSlot implements ConflictRule {
    /** Words that may stand beside the negation in its slot: auxiliaries, and "still" of "still haven't". */
    private static final Set<String> AUXILIARIES = Stream.of(Statement.MODAL_VERBS,
            Set.of("do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "still"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    /** Words after a verb of saying that make "not say" a withholding: not say if, whether, what... */
    private static final Set<String> WITHHELD = Set.of("if", "whether", "what", "who", "whom", "when", "where", "why", "how", "which");

    private final Slots slots;
    private final BiPredicate<Statement, List<String>> hedged;

    /** {@code hedged}: a hedge of the statement governs one of the stems ("if the council extends"). */
    NegationInSlot(Slots slots, BiPredicate<Statement, List<String>> hedged) {
        this.slots = slots;
        this.hedged = hedged;
    }

    @Override
    public Finding find(WordAlignment al) {
        if (!slots.parallel(al)) {
            return null;
        }
        for (WordAlignment.Slot s : al.slots()) {
            boolean aDenies = denialOnly(al.a(), s.aFrom(), s.aTo());
            boolean bDenies = denialOnly(al.b(), s.bFrom(), s.bTo());
            boolean aNegates = (aDenies || negationOnly(al.a(), s.aFrom(), s.aTo())) && auxiliaryOnly(al.b(), s.bFrom(), s.bTo())
                    || noForIndefinite(al.a(), s.aFrom(), s.aTo(), al.b(), s.bFrom(), s.bTo());
            boolean bNegates = (bDenies || negationOnly(al.b(), s.bFrom(), s.bTo())) && auxiliaryOnly(al.a(), s.aFrom(), s.aTo())
                    || noForIndefinite(al.b(), s.bFrom(), s.bTo(), al.a(), s.aFrom(), s.aTo());
            // "I don't think he won" / "I believe he did not win": as many negations on each side
            // is a negation moved, not a denial.
            Statement asserting = aNegates ? al.b() : al.a();
            int predicate = aNegates ? s.bTo() : s.aTo();
            Statement negating = aNegates ? al.a() : al.b();
            int negated = aNegates ? s.aTo() : s.bTo();
            // "couldn't say if anyone was inside" withholds; it denies nothing. "has not said there is"
            // against "has said there is" does deny the saying.
            if (withholds(negating, negated) || withholds(asserting, predicate)) {
                continue;
            }
            // A supposition on the asserting side only ("if the council extends") asserts nothing; the
            // same supposition on both sides with opposite conditions conflicts ("if the deal is (not) approved").
            boolean onlySupposed = predicate < asserting.words().size() && hedged.test(asserting, List.of(asserting.words().get(predicate).stem()))
                    && !(negated < negating.words().size() && hedged.test(negating, List.of(negating.words().get(negated).stem())));
            // The denying verb is a negation Statement.negations() does not count.
            int denied = (aNegates ? aDenies : bDenies) ? 1 : 0;
            if ((aNegates || bNegates) && negating.negations() + denied > asserting.negations() && !onlySupposed) {
                String said = Slots.phrase(al.a(), s.aFrom(), s.aTo());
                String other = Slots.phrase(al.b(), s.bFrom(), s.bTo());
                return new Finding(Relation.CONTRADICT, RelationKind.NEGATION,
                        (aNegates ? "A says '" + said + "', B says '" + other + "'" : "B says '" + other + "', A says '" + said + "'"));
            }
        }
        return null;
    }

    /** The word at {@code verb} reports speech and a question word follows it: "say what", "tell whether". */
    private static boolean withholds(Statement s, int verb) {
        return verb + 1 < s.words().size() && Cues.SHARED.reporting.contains(s.words().get(verb).stem())
                && WITHHELD.contains(s.words().get(verb + 1).lower());
    }

    /**
     * The slot is "no" on one side and "a", "an" or "some" on the other, before the same aligned
     * word: the same noun phrase denied ("no president" / "a president"). Only where the
     * negating side's "no" is one of its negations (not the "no" of "three no votes").
     */
    private static boolean noForIndefinite(Statement neg, int from, int to, Statement other, int oFrom, int oTo) {
        return to - from == 1 && oTo - oFrom == 1 && to < neg.words().size() && neg.words().get(from).lower().equals("no")
                && INDEFINITE.contains(other.words().get(oFrom).lower())
                && neg.cues("negation").stream().anyMatch(c -> c.index() == from);
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an", "some");

    /** Words {@code [from, to)} are a negation and auxiliaries, with at least one negation. */
    private static boolean negationOnly(Statement s, int from, int to) {
        boolean negates = false;
        for (int i = from; i < to; i++) {
            String w = s.words().get(i).lower();
            boolean negation = (w.endsWith("n't") || w.equals("not") || w.equals("never") || w.equals("cannot")) && !s.hyphenatedAt(i);
            if (s.notOnlyAt(i)) {
                return false;
            }
            if (!negation && !AUXILIARIES.contains(w)) {
                return false;
            }
            negates |= negation;
        }
        return negates;
    }

    /**
     * Words {@code [from, to)} are auxiliaries and a verb that denies the act after it ("failed to",
     * "refused to", "was unable to"): in the same words as an assertion of that act it denies it as
     * "not" does ("failed to reach a verdict" / "reached a verdict"). A bare denial verb ("denied
     * the offer") is an act of its own, not read here.
     */
    private static boolean denialOnly(Statement s, int from, int to) {
        for (Statement.Cue c : s.cues("denial")) {
            String[] words = c.text().split(" ");
            int end = c.index() + words.length;
            if (words.length >= 2 && words[words.length - 1].equals("to") && c.index() >= from && end == to
                    && auxiliaryOnly(s, from, c.index())) {
                return true;
            }
        }
        return false;
    }

    private static boolean auxiliaryOnly(Statement s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!AUXILIARIES.contains(s.words().get(i).lower())) {
                return false;
            }
        }
        return true;
    }
}
