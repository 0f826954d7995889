package org.parallax.model;

import java.util.List;

/** Claims from two or more articles that report the same fact or event. */
public record Cluster(String id, String topic, List<String> claims, List<ClaimPair> pairs) {
    public Cluster {
        claims = List.copyOf(claims);
        pairs = List.copyOf(pairs);
    }
}
