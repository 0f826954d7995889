package org.parallax.ui.model;

import java.util.List;
import java.util.Map;
import org.parallax.model.Claim;
import org.parallax.model.ClaimPair;

/**
 * One row of the comparison as the user sees it: a cluster of claims from two or more sources
 * (after the user's corrections), or a claim only one source carries.
 *
 * @param statusByClaim each claim's own status: the worst relation it takes part in
 */
public record Group(String id, String topic, List<Claim> claims, List<ClaimPair> pairs, Status status,
                    Map<String, Status> statusByClaim, boolean confirmed, List<String> notes) {
    public Group {
        claims = List.copyOf(claims);
        pairs = List.copyOf(pairs);
        statusByClaim = Map.copyOf(statusByClaim);
        notes = List.copyOf(notes);
    }

    public boolean shared() {
        return status != Status.UNIQUE;
    }

    public Claim first() {
        return claims.get(0);
    }

    public Status statusOf(String claimId) {
        return statusByClaim.getOrDefault(claimId, status);
    }

    /** How the article's claims in this group stand, the worst of them; null when it has none here. */
    public Status statusOfSource(String articleId) {
        return claimsOf(articleId).stream().map(c -> statusOf(c.id())).reduce(Status::worst).orElse(null);
    }

    /** The pair that gives the group its status (the contradiction of a contradicting match), or null. */
    public ClaimPair decisivePair() {
        return pairs.stream().filter(p -> Status.of(p.relation()) == status).findFirst().orElse(null);
    }

    /** The claims of one article in this group (usually one, or none). */
    public List<Claim> claimsOf(String articleId) {
        return claims.stream().filter(c -> c.article().equals(articleId)).toList();
    }
}
