package org.parallax.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.TimelineFact;
import org.parallax.model.TimelineReport;

/** Each row of the timeline is named by the claim most its own, so two facts one headline leads read apart. */
class TimelineNamesTest {
    private static TimelineReport report(String claim, String article, int day) {
        return new TimelineReport(claim, article, LocalDate.of(2031, 5, day), null, false);
    }

    @Test
    void aHeadlineLeadingTwoFactsNamesNeitherWhenEachHasAClaimOfItsOwn() {
        TimelineFact cost = new TimelineFact("f1", "k1", "cost", List.of(report("headline", "a1", 1), report("cost", "a2", 2)), List.of());
        TimelineFact date = new TimelineFact("f2", "k1", "date", List.of(report("headline", "a1", 1), report("date", "a3", 2),
                report("date-again", "a4", 3)), List.of());
        assertEquals(List.of("cost", "date"), TimelineTab.namingClaims(List.of(cost, date)));
    }

    @Test
    void aFactOfItsOwnClaimsKeepsItsEarliestReportAsItsName() {
        TimelineFact one = new TimelineFact("f1", "k1", "one", List.of(report("first", "a1", 1), report("second", "a2", 2)), List.of());
        assertEquals(List.of("first"), TimelineTab.namingClaims(List.of(one)));
    }
}
