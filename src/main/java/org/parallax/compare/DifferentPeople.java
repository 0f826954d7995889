package org.parallax.compare;

import java.util.List;
import java.util.function.BiPredicate;
import org.parallax.model.Relation;
import org.parallax.model.RelationKind;

/**
 * Two statements told in like words that put a different person in one place: "defensive tackle
 * Jamal Williams was arrested on suspicion of drunken driving" / "wide receiver Vincent Jackson
 * was arrested ... on suspicion of drunk driving" are two arrests, not one told twice. Nothing in
 * the words tells one fact with two names from two like facts, so they are not shown as agreeing.
 *
 * <p>Precondition: both statements carry the people their claims name (the annotation's PERSON
 * entities, {@link Statement#withPeople}); bare statements ({@code parallax pairs}) carry none.
 * Evidence: a slot of the word alignment where a word of one of A's people stands on A's side and
 * a word of one of B's people on B's side, the two names sharing no word (nor a spelling variant of
 * one), neither name's words found anywhere in the other statement, the slot short (at most
 * {@code slot.max.words} words a side, as for the conflict rules), no word of attribution
 * ("said", "according to") next to it on either side (two outlets quoting two officials for one
 * fact still agree), and neither statement a headline of capitalised words.
 */
final class DifferentPeople {
    private DifferentPeople() {
    }

    /** The two people put in one place (RELATED, "A names 'Jamal Williams', B 'Vincent Jackson'"), or null. */
    static Finding find(WordAlignment al, BiPredicate<String, String> sameName, int maxWords, double headlineShare) {
        Statement a = al.a();
        Statement b = al.b();
        if (a.people().isEmpty() || b.people().isEmpty() || headline(a, headlineShare) || headline(b, headlineShare)) {
            return null;
        }
        for (WordAlignment.Slot s : al.slots()) {
            // A long stretch said otherwise holds more than who acted: "the source for reporters
            // Bob Woodward and Carl Bernstein" / "the source known as Deep Throat".
            if (!s.replaces() || s.aSize() > maxWords || s.bSize() > maxWords
                    || attributedNear(a, s.aFrom(), s.aTo()) || attributedNear(b, s.bFrom(), s.bTo())) {
                continue;
            }
            for (List<String> x : a.people()) {
                if (!standsIn(a, x, s.aFrom(), s.aTo())) {
                    continue;
                }
                for (List<String> y : b.people()) {
                    if (standsIn(b, y, s.bFrom(), s.bTo()) && apart(x, y, sameName) && absent(x, b) && absent(y, a)) {
                        return new Finding(Relation.RELATED, RelationKind.ENTITY,
                                "A names '" + String.join(" ", capitalised(a, x)) + "', B '" + String.join(" ", capitalised(b, y)) + "'");
                    }
                }
            }
        }
        return null;
    }

    /**
     * At least {@code share} of the content words capitalised ({@code
     * people.headline.capitalised.share}): a headline, whose capitals say nothing of names
     * ("Ott's Thoughts: Creighton Returns to MVC Semis").
     */
    private static boolean headline(Statement s, double share) {
        List<Statement.Word> content = s.words().stream().filter(w -> w.lower().length() > 3 && !s.isStop(w.lower())
                && Character.isLetter(w.text().charAt(0))).toList();
        long capitalised = content.stream().filter(Statement.Word::capitalized).count();
        return content.size() >= 3 && capitalised >= share * content.size();
    }

    /** A word of the name stands among the words {@code [from, to)}. */
    private static boolean standsIn(Statement s, List<String> name, int from, int to) {
        for (int i = from; i < to; i++) {
            if (name.contains(Statement.withoutPossessive(s.words().get(i).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** The two names share no word, nor a spelling variant of one ("Somani" / "Somali"). */
    private static boolean apart(List<String> x, List<String> y, BiPredicate<String, String> sameName) {
        for (String p : x) {
            for (String q : y) {
                if (p.equals(q) || sameName.test(p, q)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** No word of the name appears in the statement. */
    private static boolean absent(List<String> name, Statement s) {
        return s.words().stream().map(w -> Statement.withoutPossessive(w.lower())).noneMatch(name::contains);
    }

    /** A word of attribution within two words of the slot: the slot may name whom the outlet quotes. */
    private static boolean attributedNear(Statement s, int from, int to) {
        return s.cues("attribution").stream().anyMatch(c -> c.index() >= from - 2 && c.index() < to + 2);
    }

    /** The name as the statement writes it, where it can be found; else as given. */
    private static List<String> capitalised(Statement s, List<String> name) {
        return name.stream().map(n -> s.words().stream().filter(w -> Statement.withoutPossessive(w.lower()).equals(n))
                .map(w -> w.text().replaceAll("['’]s$", "")).findFirst()
                .orElse(Character.toUpperCase(n.charAt(0)) + n.substring(1))).toList();
    }
}
