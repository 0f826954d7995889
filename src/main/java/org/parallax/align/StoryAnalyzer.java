package org.parallax.align;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalysisText;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.Cluster;
import org.parallax.model.DateAnomaly;
import org.parallax.model.Settings;
import org.parallax.model.StoryFindings;
import org.parallax.nlp.AnnotatedArticle;

/**
 * Story-level findings: off-topic articles (they share almost no fact with the others) and
 * articles whose own date conflicts with what they report (a weekday named with a date that falls
 * in another year; facts reported as news that the other articles date months or years away).
 */
public final class StoryAnalyzer {
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:the\\s+)?"
                    + "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})\\b"
                    + "|\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(\\d{1,2})\\s+"
                    + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");

    private final double offMaxShare;
    private final double offRatio;
    private final long misdatedDays;

    public StoryAnalyzer() {
        Settings s = Settings.load("align/story.properties");
        offMaxShare = s.number("offtopic.max.share");
        offRatio = s.number("offtopic.ratio");
        misdatedDays = s.integer("misdated.min.days");
    }

    /** A date an article's text pins down: a weekday with a date, whose year is inferred. */
    record PinnedDate(LocalDate date, String text) {
    }

    public StoryFindings analyze(List<AnnotatedArticle> articles, List<Claim> claims, List<Cluster> clusters) {
        Map<String, String> articleOf = new HashMap<>();
        Map<String, Integer> claimCount = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            claimCount.put(a.article().id(), 0);
        }
        for (Claim c : claims) {
            articleOf.put(c.id(), c.article());
            claimCount.merge(c.article(), 1, Integer::sum);
        }
        Map<String, Integer> clustered = new HashMap<>();
        for (Cluster k : clusters) {
            for (String c : k.claims()) {
                clustered.merge(articleOf.get(c), 1, Integer::sum);
            }
        }
        return new StoryFindings(offTopic(claimCount, clustered), dateAnomalies(articles, clusters, articleOf));
    }

    private List<String> offTopic(Map<String, Integer> claimCount, Map<String, Integer> clustered) {
        if (claimCount.size() < 3) {
            return List.of();
        }
        Map<String, Double> share = new LinkedHashMap<>();
        claimCount.forEach((a, n) -> share.put(a, n == 0 ? 0 : clustered.getOrDefault(a, 0) / (double) n));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : share.entrySet()) {
            if (claimCount.get(e.getKey()) == 0) {
                continue;
            }
            List<Double> others = share.entrySet().stream().filter(o -> !o.getKey().equals(e.getKey()))
                    .map(Map.Entry::getValue).sorted().toList();
            double median = others.get(others.size() / 2);
            if (e.getValue() <= offMaxShare && median >= offRatio * Math.max(e.getValue(), 0.01)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private List<DateAnomaly> dateAnomalies(List<AnnotatedArticle> articles, List<Cluster> clusters, Map<String, String> articleOf) {
        Map<String, LocalDate> reference = new HashMap<>();
        Map<String, List<PinnedDate>> pinned = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            Article art = a.article();
            List<PinnedDate> p = pinnedDates(AnalysisText.of(art), art.published());
            pinned.put(art.id(), p);
            if (art.published() != null) {
                reference.put(art.id(), art.published());
            } else if (!p.isEmpty()) {
                reference.put(art.id(), Collections.max(p.stream().map(PinnedDate::date).toList()));
            }
        }
        List<DateAnomaly> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            Article art = a.article();
            LocalDate date = art.published();
            if (date == null) {
                continue;
            }
            // 1. Its own text names a weekday with a date that does not fall on that weekday near its date.
            for (PinnedDate p : pinned.get(art.id())) {
                if (Math.abs(ChronoUnit.DAYS.between(p.date(), date)) > misdatedDays) {
                    out.add(new DateAnomaly(art.id(), "dated " + date + ", but '" + p.text() + "' it reports falls in "
                            + p.date().getYear() + " (" + p.date() + ")"));
                    break;
                }
            }
            if (out.stream().anyMatch(d -> d.article().equals(art.id()))) {
                continue;
            }
            // 2. The facts it reports are dated far away by the other articles that report them.
            Map<String, LocalDate> witnesses = new LinkedHashMap<>();
            int facts = 0;
            for (Cluster k : clusters) {
                Set<String> sources = new LinkedHashSet<>();
                k.claims().forEach(c -> sources.add(articleOf.get(c)));
                if (!sources.remove(art.id())) {
                    continue;
                }
                // Most of the other dated sources must put it far: one misdated witness does not
                // make every article it shares a fact with look misdated.
                Map<String, LocalDate> farOnes = new LinkedHashMap<>();
                int dated = 0;
                for (String s : sources) {
                    LocalDate r = reference.get(s);
                    if (r != null) {
                        dated++;
                        if (Math.abs(ChronoUnit.DAYS.between(r, date)) > misdatedDays) {
                            farOnes.put(s, r);
                        }
                    }
                }
                if (farOnes.size() * 2 > dated) {
                    witnesses.putAll(farOnes);
                    facts++;
                }
            }
            if (facts >= 2) {
                LocalDate when = Collections.min(witnesses.values());
                out.add(new DateAnomaly(art.id(), String.format(Locale.ROOT,
                        "dated %s, but %d facts it reports as news are dated around %s %d by the other articles that report them",
                        date, facts, when.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH), when.getYear())));
            }
        }
        return out;
    }

    /**
     * Weekday-with-date mentions ("Tuesday, March 3") with the year in which that date falls on
     * that weekday, choosing the year nearest to the article's date, or else to the years it names.
     */
    static List<PinnedDate> pinnedDates(String text, LocalDate published) {
        List<Integer> years = new ArrayList<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        Collections.sort(years);
        Integer anchor = years.isEmpty() ? null : years.get(years.size() / 2);
        List<PinnedDate> out = new ArrayList<>();
        Matcher m = WEEKDAY_DATE.matcher(text);
        while (m.find()) {
            String wd = m.group(1) != null ? m.group(1) : m.group(4);
            String month = m.group(1) != null ? m.group(2) : m.group(6);
            int day = Integer.parseInt(m.group(1) != null ? m.group(3) : m.group(5));
            DayOfWeek weekday = DayOfWeek.valueOf(wd.toUpperCase(Locale.ROOT));
            Month mo = Month.valueOf(month.toUpperCase(Locale.ROOT));
            if (day < 1 || day > mo.maxLength()) {
                continue;
            }
            LocalDate best = null;
            for (int year = 1990; year <= 2045; year++) {
                if (day > mo.length(java.time.Year.isLeap(year))) {
                    continue;
                }
                LocalDate d = LocalDate.of(year, mo, day);
                if (d.getDayOfWeek() != weekday) {
                    continue;
                }
                if (best == null || distance(d, published, anchor) < distance(best, published, anchor)) {
                    best = d;
                }
            }
            // Without a date or a named year there is nothing to pin the year to.
            if (best != null && (published != null || anchor != null)) {
                out.add(new PinnedDate(best, m.group().replaceAll("\\s+", " ")));
            }
        }
        return out;
    }

    private static double distance(LocalDate d, LocalDate published, Integer anchorYear) {
        if (published != null) {
            return Math.abs(ChronoUnit.DAYS.between(d, published));
        }
        return Math.abs(d.getYear() + 0.5 - anchorYear) * 365;
    }
}
