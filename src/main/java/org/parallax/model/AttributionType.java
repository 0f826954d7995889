package org.parallax.model;

/** Who a claim is attributed to. */
public enum AttributionType {
    NAMED_PERSON, ANONYMOUS_SOURCES, OUTLET, OFFICIAL_STATEMENT, OTHER
}
