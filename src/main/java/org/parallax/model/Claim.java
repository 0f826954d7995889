package org.parallax.model;

import java.util.List;

/**
 * An assertion sentence (or an independent part of one) of an article.
 *
 * @param entities        ids of the entities it mentions
 * @param attribution     the attribution phrase ("people familiar with the plans"), or null
 * @param attributionType what kind of source the attribution names, or null
 * @param hedges          the hedging words found ("reportedly", "could")
 * @param quote           whether the claim is or holds a direct quotation
 * @param checkworthiness how worth checking it is, 0..1 (ClaimBuster-fitted weights,
 *                        resources/claims/checkworthiness.tsv); a report written before this
 *                        field existed reads as 0
 */
public record Claim(
        String id,
        String article,
        String text,
        int start,
        int end,
        List<String> entities,
        String attribution,
        AttributionType attributionType,
        boolean hedged,
        List<String> hedges,
        boolean quote,
        List<TimeValue> dates,
        List<Quantity> quantities,
        double checkworthiness) {

    public Claim {
        entities = List.copyOf(entities);
        hedges = List.copyOf(hedges);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
    }

    public Span span() {
        return new Span(start, end);
    }
}
