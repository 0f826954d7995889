package org.parallax.ui.model;

import org.parallax.model.Relation;

/**
 * How a claim stands against the other sources, worst first. Every status has a symbol so colour
 * is never the only cue; the CSS class carries the colour (see parallax.css).
 */
public enum Status {
    CONTRADICT("✗", "Contradict", "contradict"),
    DIVERGE("≈", "Diverge", "diverge"),
    AGREE("✓", "Agree", "agree"),
    /** In a match with other sources' claims on the same topic, but none of them confirms or disputes it. */
    RELATED("∼", "Related", "related"),
    UNIQUE("○", "Unique", "unique");

    private final String symbol;
    private final String label;
    private final String styleClass;

    Status(String symbol, String label, String styleClass) {
        this.symbol = symbol;
        this.label = label;
        this.styleClass = styleClass;
    }

    public String symbol() {
        return symbol;
    }

    public String label() {
        return label;
    }

    /** CSS class: status-agree, status-diverge, ... */
    public String styleClass() {
        return "status-" + styleClass;
    }

    public boolean isDifference() {
        return this == CONTRADICT || this == DIVERGE;
    }

    /** The status a pair relation gives its two claims; RELATED and UNRELATED say nothing about agreement, so they never show as agreeing. */
    public static Status of(Relation relation) {
        return switch (relation) {
            case CONTRADICT -> CONTRADICT;
            case DIVERGE -> DIVERGE;
            case AGREE -> AGREE;
            case RELATED, UNRELATED -> RELATED;
        };
    }

    /** The worse (lower ordinal) of two statuses. */
    public Status worst(Status other) {
        return other == null || ordinal() <= other.ordinal() ? this : other;
    }
}
