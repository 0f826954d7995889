package org.parallax.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates as they appear in meta tags and datelines. */
public final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "March 5, 2024", "Mar. 5, 2024", "5 March 2024", optionally after a weekday. */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:(" + MONTHS + ")\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(" + MONTHS + ")\\s+(\\d{4}))",
            Pattern.CASE_INSENSITIVE);
    /** A clock time, spaced as tokenised copies print it too ("10:32 AM", "14: 39 GMT"). */
    private static final String TIME = "\\d{1,2}\\s?[:.]\\s?\\d{2}(?:\\s*[AaPp]\\.?\\s?[Mm]\\.?)?(?:\\s*[A-Z]{2,4})?";
    /**
     * A line that is only a date, perhaps with a time before or after it ("March 5, 2024 10:32
     * AM", "9:53 AM, MON 22 JUL 2013", "9 September 2013 Last updated at 14:39 GMT").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:(?:Last\\s+)?(?:Published|Updated|Posted)(?:\\s+on)?:?\\s*)?(?:" + TIME + "\\s*,?\\s*)?"
                    + "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?"
                    + "(?:" + WRITTEN.pattern() + "|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:\\s*(?:,|at|-|(?:last\\s+)?updated(?:\\s+at)?)?\\s*" + TIME + ")?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** Parses an ISO date-time or a written date; null when there is none. */
    public static LocalDate parseLenient(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return parseWritten(s).orElse(null);
    }

    /** The date a whole line states, when the line is nothing but a date. */
    public static Optional<LocalDate> dateline(String line) {
        if (!DATELINE.matcher(line).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(parseLenient(line));
    }

    private static Optional<LocalDate> parseWritten(String s) {
        Matcher m = WRITTEN.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String month = m.group(1) != null ? m.group(1) : m.group(5);
        String day = m.group(1) != null ? m.group(2) : m.group(4);
        String year = m.group(1) != null ? m.group(3) : m.group(6);
        String normalized = month.replace(".", "").substring(0, 3) + " " + day + " " + year;
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH))) {
            try {
                return Optional.of(LocalDate.parse(capitalize(normalized), f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1, 3).toLowerCase(Locale.ROOT) + s.substring(3);
    }
}
