package org.parallax.compare;

import java.util.LinkedHashSet;
import java.util.Set;
import org.parallax.claims.NameVariants;

/**
 * Names across two statements: one name spelled two ways is one name ({@link NameVariants}, the
 * entity resolver's rule), and a stem "stands" in a statement when the statement has it or a
 * spelling of it.
 */
final class Names {
    private Names() {
    }

    /**
     * Two words name the same thing: equal, or a spelling variant of a name (Kowalski/Kowalsky,
     * Dufresne/Dufrene) by the entity resolver's rule ({@link NameVariants}).
     */
    static boolean sameName(String x, String y) {
        return NAME_VARIANTS.isVariant(x, y);
    }

    private static final NameVariants NAME_VARIANTS = NameVariants.standard();

    /** The stem stands among {@code stems}: the same, or a spelling variant of a name. */
    static boolean standsIn(String stem, Set<String> stems) {
        return stems.contains(stem) || stems.stream().anyMatch(y -> sameName(stem, y));
    }

    /**
     * The share of {@code s}'s content words that stand in {@code other} (as in {@link #standsIn});
     * 0 when either has none.
     */
    static double shareStanding(Statement s, Statement other) {
        Set<String> sa = s.contentStems();
        Set<String> sb = other.contentStems();
        return sa.isEmpty() || sb.isEmpty() ? 0 : standing(sa, sb) / (double) sa.size();
    }

    /** How many of {@code stems} stand among {@code in}. */
    static long standing(Set<String> stems, Set<String> in) {
        return stems.stream().filter(x -> standsIn(x, in)).count();
    }

    /** The statement states this stem: the word itself or a spelling variant of a name. */
    static boolean stated(Statement s, String stem) {
        return s.contentStems().stream().anyMatch(y -> sameName(stem, y));
    }

    /** The distinct names of one statement the other names too (spelling variants count). */
    static Set<String> sharedNames(Statement a, Statement b) {
        Set<String> shared = new LinkedHashSet<>();
        a.names().stream().filter(x -> b.names().stream().anyMatch(y -> sameName(x, y))).forEach(shared::add);
        return shared;
    }

    /** Two claims of articles (their entities resolved), not two bare statements. */
    static boolean storyClaims(Statement a, Statement b) {
        return !a.extraNames().isEmpty() || !b.extraNames().isEmpty();
    }
}
