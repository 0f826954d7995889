package org.parallax.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a rewrite took from an original and what it changed: every claim of the original as copied,
 * reworded, changed or cut, and every claim of the rewrite the original does not tell as added.
 */
public record WireComparison(String original, String rewrite, List<WireClaim> claims) {

    public WireComparison {
        claims = List.copyOf(claims);
    }

    /**
     * The category each claim of either article is tinted with: an original's claim by its own, a
     * rewrite's claim by the original's claim it copies, rewords or changes (or ADDED).
     */
    public Map<String, WireCategory> categoryByClaim() {
        Map<String, WireCategory> out = new java.util.HashMap<>();
        for (WireClaim w : claims) {
            out.putIfAbsent(w.claim(), w.category());
            if (w.counterpart() != null) {
                out.putIfAbsent(w.counterpart(), w.category());
            }
        }
        return out;
    }

    /** How many claims fall in each category (every category present, zero when none). */
    public Map<WireCategory, Integer> counts() {
        Map<WireCategory, Integer> out = new EnumMap<>(WireCategory.class);
        for (WireCategory c : WireCategory.values()) {
            out.put(c, 0);
        }
        claims.forEach(c -> out.merge(c.category(), 1, Integer::sum));
        return out;
    }

    /** The share of the original's claims in a category (COPIED, REWORDED, CHANGED, CUT), or of all claims (ADDED). */
    public double share(WireCategory category) {
        long original = claims.stream().filter(c -> c.category() != WireCategory.ADDED).count();
        long total = category == WireCategory.ADDED ? claims.size() : original;
        return total == 0 ? 0 : (double) counts().get(category) / total;
    }
}
