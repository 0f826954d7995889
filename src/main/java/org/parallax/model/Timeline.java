package org.parallax.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The story along time (report addition {@code timeline}): each fact several sources tell, placed
 * by the publication date of each source, with the first report and the later reports that
 * change it.
 *
 * @param from    the earliest publication date of a source of the story (not an off-topic or
 *                misdated one), or null when none is dated
 * @param to      the latest one
 * @param undated sources with no publication date: they stand apart until the user dates them
 * @param misdated sources whose date conflicts with what they report (story findings): placed at
 *                 their date, but no change over time is read from them
 * @param firsts  for each source, how many facts it reported first (ties count for each); sorted by
 *                source id so that two runs write the same report
 * @param facts   in order of their first report
 */
public record Timeline(LocalDate from, LocalDate to, List<String> undated, List<String> misdated,
                       Map<String, Integer> firsts, List<TimelineFact> facts) {

    public Timeline {
        undated = List.copyOf(undated);
        misdated = List.copyOf(misdated);
        firsts = Collections.unmodifiableMap(new TreeMap<>(firsts));
        facts = List.copyOf(facts);
    }

    public static Timeline none() {
        return new Timeline(null, null, List.of(), List.of(), Map.of(), List.of());
    }

    /** The facts a later report changed. */
    public List<TimelineFact> superseded() {
        return facts.stream().filter(f -> !f.changes().isEmpty()).toList();
    }
}
