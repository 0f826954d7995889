package org.parallax.compare;

import java.util.LinkedHashSet;
import java.util.Set;

import static org.parallax.compare.Names.sameName;
import static org.parallax.compare.Wording.differences;
import static org.parallax.compare.Wording.quoteList;
import static org.parallax.compare.Wording.shared;
import static org.parallax.compare.Wording.surface;

/**
 * The explanation of an agreement: what the two share and where they differ, with what an
 * agreement must not hide named too: a name spelled two ways, two figures read as compatible, a
 * hedge one side puts on what the other states.
 */
final class AgreementNote {
    private final OneSidedHedge hedges;

    AgreementNote(OneSidedHedge hedges) {
        this.hedges = hedges;
    }

    /**
     * What two agreeing statements share and where they differ; a hedge one side puts on what the
     * other states is named too ("may have fled" / "fled"): not marked, but not left unsaid.
     */
    String explain(Statement a, Statement b) {
        StringBuilder s = new StringBuilder("A and B both say " + quoteList(shared(a, b), 4));
        String hedge = hedges.find(a, b);
        String spelling = spelling(a, b);
        // The spelling is named beside the other differences, not instead of them: "Alvarez" /
        // "Alvares" says nothing of what else only one side tells.
        s.append(spelling != null ? spelling : "").append(compatibleFigures(a, b)).append(differences(a, b));
        return s.append(hedge == null ? "" : "; " + hedge).append(".").toString();
    }

    /**
     * "; the figures differ, read as compatible (...): A '10 people', B 'at least three people'": two
     * figures of one unit that a bound, "about" or rounding reconciles are still named, so an
     * agreement does not hide an earlier or more cautious count. Empty when there are none.
     */
    private static String compatibleFigures(Statement a, Statement b) {
        for (Statement.Amount x : a.amounts()) {
            for (Statement.Amount y : b.amounts()) {
                if (!x.unit().isEmpty() && x.unit().equals(y.unit()) && !Amounts.equal(x.value(), y.value())
                        && !Amounts.digits(x.text()).equals(Amounts.digits(y.text())) && Amounts.consistent(a, x, b, y)) {
                    return "; the figures differ, read as compatible (rounded, approximate or a bound): A '" + figure(a, x) + "', B '" + figure(b, y) + "'";
                }
            }
        }
        return "";
    }

    /** The amount as read, after what bounds it ("at least three people"). */
    private static String figure(Statement s, Statement.Amount x) {
        String bound = s.boundWords(x);
        return (bound.isEmpty() ? "" : bound + " ") + x.text();
    }

    /** "; A spells the name 'Somani', B 'Somali'" for the first name the two spell differently, or null. */
    private static String spelling(Statement a, Statement b) {
        for (String x : new LinkedHashSet<>(a.names())) {
            for (String y : new LinkedHashSet<>(b.names())) {
                if (!x.equals(y) && sameName(x, y) && !adjectiveOf(x, y) && !adjectiveOf(y, x)) {
                    return "; A spells the name '" + surface(a, x) + "', B '" + surface(b, y) + "'";
                }
            }
        }
        return null;
    }

    /**
     * One word is the other's adjective of origin ("Kenya" / "Kenyan", "Iraq" / "Iraqi"): the same
     * name, matched as such, but not spelled another way.
     */
    private static boolean adjectiveOf(String name, String adjective) {
        return adjective.startsWith(name) && ORIGIN_ENDINGS.contains(adjective.substring(name.length()));
    }

    private static final Set<String> ORIGIN_ENDINGS = Set.of("n", "an", "ian", "i", "ese");
}
