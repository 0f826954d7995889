package org.parallax.model;

import java.util.List;

/**
 * Who took from whom (report addition {@code provenance}): the sources as nodes, an edge between
 * two that share text or facts, a likely source for each article that took text from an earlier
 * one, and the source Parallax proposes as the wire original (the one most others took from).
 *
 * @param proposedOriginal an article id, or null when no source is the likely source of another
 */
public record Provenance(List<ProvenanceEdge> edges, List<LikelySource> likelySources, String proposedOriginal) {

    public Provenance {
        edges = List.copyOf(edges);
        likelySources = List.copyOf(likelySources);
    }

    public static Provenance none() {
        return new Provenance(List.of(), List.of(), null);
    }
}
