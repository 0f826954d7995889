package org.parallax.model;

/**
 * A time expression in a claim with its normalized value: an ISO date or partial date
 * ("2023-04-20", "XXXX-04-20", "2023-W16", "2023-SU") or a duration ("P1Y").
 */
public record TimeValue(String text, int start, int end, String type, String value) {
}
