package org.parallax.model;

import java.time.LocalDate;

/**
 * One source's report of a fact.
 *
 * @param published the source's publication date, or null
 * @param eventDate the calendar date the claim gives its event ("2023-04-05", "2023-04", "2023"),
 *                  or null when it names none
 * @param first     whether no source reported the fact earlier
 */
public record TimelineReport(String claim, String article, LocalDate published, String eventDate, boolean first) {
}
