package org.parallax.claims;

import java.util.Properties;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.parallax.model.Resources;

/**
 * When two spellings are one name (Kowalski / Kowalsky, Tchaikovsky / Tchaikovskiy): close by
 * Jaro-Winkler and by edit distance, with the same first letter, and long enough for closeness to
 * mean something. The one rule for the entity resolver and the claim comparator; thresholds in
 * entities/resolver.properties, with why.
 */
public final class NameVariants {
    private static final NameVariants STANDARD = new NameVariants(Resources.properties("entities/resolver.properties"));

    private final double minJaroWinkler;
    private final int maxEdits;
    private final int minLength;
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    private final LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();

    NameVariants(Properties p) {
        minJaroWinkler = Double.parseDouble(p.getProperty("variant.minJaroWinkler"));
        maxEdits = Integer.parseInt(p.getProperty("variant.maxEdits"));
        minLength = Integer.parseInt(p.getProperty("variant.minLength"));
    }

    public static NameVariants standard() {
        return STANDARD;
    }

    /** The two (lower-case or folded) spellings name one thing. */
    public boolean isVariant(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < minLength || a.charAt(0) != b.charAt(0) || !Character.isLetter(a.charAt(0))) {
            return false;
        }
        return jaroWinkler.apply(a, b) >= minJaroWinkler && levenshtein.apply(a, b) <= maxEdits;
    }
}
