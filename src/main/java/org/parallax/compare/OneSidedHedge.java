package org.parallax.compare;

import java.util.List;

import static org.parallax.compare.Clauses.SUPPOSING;
import static org.parallax.compare.Clauses.around;
import static org.parallax.compare.Clauses.clauseBreakBefore;
import static org.parallax.compare.Clauses.scope;
import static org.parallax.compare.Clauses.statedAsFact;
import static org.parallax.compare.Names.sameName;
import static org.parallax.compare.Names.stated;

/**
 * One side hedges what the other states as fact (kind MODALITY): "may have fled" / "fled",
 * "reportedly offered" / "offered". Named in an agreement's explanation; marked DIVERGE only
 * between two statements telling one fact below the agreement bar (ClaimComparator).
 *
 * <p>Precondition: only one side has a hedge (a cue of category modal); not a condition ("if"),
 * nor "would" after a reporting verb or before a negation. Evidence: at least {@code
 * hedge.scope.share} of the content words the hedge governs (names and titles aside) stand on the
 * other side, the hedged predicate itself stated there as fact, and every name of the hedge's
 * clause named there too.
 */
final class OneSidedHedge {
    private final double scopeShare;

    /** {@code scopeShare}: {@code hedge.scope.share} of compare/comparator.properties. */
    OneSidedHedge(double scopeShare) {
        this.scopeShare = scopeShare;
    }

    /** "A hedges with 'may' what B states as fact ('fled')", or null when not so. */
    String find(Statement a, Statement b) {
        boolean ma = a.has("modal");
        boolean mb = b.has("modal");
        if (ma == mb) {
            return null;
        }
        Statement hedged = ma ? a : b;
        Statement plain = ma ? b : a;
        for (Statement.Cue c : hedged.cues("modal")) {
            // "If you use the browser, install the fix": a condition sets out a case; it weakens no fact.
            if (SUPPOSING.contains(c.text())) {
                continue;
            }
            // "Kraft said the plant would be closed": after a reporting verb "would" is the future
            // told in the past, no hedge.
            // "would not release any details" is a refusal, no hedge either.
            boolean refusal = c.index() + 1 < hedged.words().size() && hedged.cues("negation").stream().anyMatch(n -> n.index() == c.index() + 1);
            if (c.text().equals("would") && (refusal || hedged.words().subList(0, c.index()).stream()
                    .anyMatch(w -> Cues.SHARED.reporting.contains(w.stem())))) {
                continue;
            }
            // What a hedge weakens is the predicate: a name or title in its scope says who, not what
            // ("apparently, the president believes ..." shares "president" with any claim about him).
            List<String> scope = scope(hedged, c, w -> hedged.cues("modal").stream().anyMatch(m -> m.text().equals(w.lower()))
                    || w.capitalized() || Cues.SHARED.titles.contains(w.lower()));
            long shared = scope.stream().filter(x -> stated(plain, x)).count();
            // Hedged of someone else is another fact: "the Orioles reportedly have made offers" /
            // "the Red Sox made the largest offer". Every name of the hedge's clause stands on the other side.
            // The hedged predicate itself (the first word it governs) is what the other side must
            // state as fact: "emissions might contribute to global warming" hedges no warming.
            if (!scope.isEmpty() && shared >= scopeShare * scope.size() && clauseNamesStated(hedged, c.index(), plain)
                    && statedAsFact(plain, scope.get(0))) {
                return (ma ? "A" : "B") + " hedges with '" + c.text() + "' what "
                        + (ma ? "B" : "A") + " states as fact ('" + around(plain, scope.stream().filter(x -> stated(plain, x)).toList()) + "')";
            }
        }
        return null;
    }

    /**
     * Every name near word {@code at} (the eight words before it, whatever the punctuation:
     * parentheses often stand between a subject and its verb, and the rest of its clause) stands
     * in {@code other} (spelling variants count).
     */
    private static boolean clauseNamesStated(Statement s, int at, Statement other) {
        int from = Math.max(0, at - 8);
        int to = at + 1;
        while (to < s.words().size() && !clauseBreakBefore(s, to)) {
            to++;
        }
        for (int i = from; i < to; i++) {
            String lower = Statement.withoutPossessive(s.words().get(i).lower());
            if (s.words().get(i).capitalized() && s.names().contains(lower)
                    && other.names().stream().noneMatch(n -> sameName(n, lower))) {
                return false;
            }
        }
        return true;
    }
}
