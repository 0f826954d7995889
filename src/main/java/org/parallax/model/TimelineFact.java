package org.parallax.model;

import java.util.List;

/**
 * One fact told by several sources: its counterpart claims in publication order (undated ones
 * last) and what later reports changed.
 *
 * @param cluster the topic (cluster) it belongs to
 */
public record TimelineFact(String id, String cluster, String topic, List<TimelineReport> reports,
                           List<TimelineChange> changes) {

    public TimelineFact {
        reports = List.copyOf(reports);
        changes = List.copyOf(changes);
    }
}
