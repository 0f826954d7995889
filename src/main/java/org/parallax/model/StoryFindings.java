package org.parallax.model;

import java.util.List;

/** Findings about the set of articles as a whole. */
public record StoryFindings(List<String> offTopic, List<DateAnomaly> dateAnomalies) {
    public StoryFindings {
        offTopic = List.copyOf(offTopic);
        dateAnomalies = List.copyOf(dateAnomalies);
    }

    public static StoryFindings none() {
        return new StoryFindings(List.of(), List.of());
    }
}
