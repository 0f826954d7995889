package org.parallax.model;

import java.util.List;

/** One real-world entity across all articles, with every mention of it. Type: PERSON, ORGANIZATION, LOCATION, MISC. */
public record Entity(String id, String name, String type, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
