package org.parallax.report;

import org.parallax.model.Relation;

/**
 * How a relation is shown to a reader: a symbol, a word and a CSS class whose colour comes from the
 * Okabe-Ito set. Symbol and word always go with the colour, so colour is never the only cue.
 */
enum RelationStyle {
    CONTRADICT("✗", "Contradict", "contradict"),
    DIVERGE("≈", "Diverge", "diverge"),
    AGREE("✓", "Agree", "agree"),
    RELATED("∼", "Related", "related"),
    UNRELATED("·", "Unrelated", "unrelated"),
    UNIQUE("○", "Only this source", "unique");

    final String symbol;
    final String word;
    final String cssClass;

    RelationStyle(String symbol, String word, String cssClass) {
        this.symbol = symbol;
        this.word = word;
        this.cssClass = cssClass;
    }

    static RelationStyle of(Relation r) {
        return r == null ? UNRELATED : valueOf(r.name());
    }

    String badge() {
        return symbol + " " + word;
    }
}
