package org.parallax.model;

/** An article whose own date conflicts with what it reports. */
public record DateAnomaly(String article, String note) {
}
