package org.parallax.model;

/** A number in a claim, with its unit when one follows it ("30 kilometer" -> 30, "kilometer"). */
public record Quantity(String text, int start, int end, double value, String unit) {
}
