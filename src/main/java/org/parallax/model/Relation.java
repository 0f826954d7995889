package org.parallax.model;

/** How two claims about one fact relate (see the report format). */
public enum Relation {
    AGREE, RELATED, DIVERGE, CONTRADICT, UNRELATED
}
