package dk.planspor.plans;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A date as people print it in plan documents ("2. kvartal 2018", "medio 2019", "1. august 2017"),
 * kept verbatim in {@code text} together with the inclusive interval [{@code from}, {@code to}] it denotes.
 * <p>
 * A blank date ("-", "Endnu ikke fastlagt", "løbende", ...) has neither bound. An open-ended period
 * such as "2016 -" has a {@code from} but no {@code to}.
 */
public record FuzzyDate(String text, LocalDate from, LocalDate to) {

    // Deliberately lenient: instances are also rebuilt from stored columns, which must never fail.
    public FuzzyDate {
        text = text == null ? "" : text;
    }

    /** Texts that mean "no date". Compared after lower-casing and removing trailing dots. */
    private static final Set<String> BLANKS = Set.of("", "-", "–", "—", "endnu ikke fastlagt", "ikke fastlagt",
            "endnu ikke fastsat", "ikke fastsat", "not yet decided", "not decided", "tbd", "tba", "n/a",
            "løbende", "ongoing", "ukendt", "unknown");

    /** Words that carry no meaning in a date: "2. halvår af 2017", "the end of 2019". */
    private static final Set<String> NOISE_WORDS = Set.of("af", "of", "the");

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    static {
        String[][] names = {{"januar", "january", "jan"}, {"februar", "february", "feb"}, {"marts", "march", "mar"},
                {"april", "apr"}, {"maj", "may"}, {"juni", "june", "jun"}, {"juli", "july", "jul"}, {"august", "aug"},
                {"september", "sept", "sep"}, {"oktober", "october", "okt", "oct"}, {"november", "nov"},
                {"december", "dec"}};
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                MONTHS.put(name, m + 1);
            }
        }
    }

    /** Ordinal words for quarters and halves; "sidste"/"last" is resolved to the last part (-1). */
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("første", 1), Map.entry("first", 1),
            Map.entry("anden", 2), Map.entry("andet", 2), Map.entry("second", 2), Map.entry("tredje", 3),
            Map.entry("third", 3), Map.entry("fjerde", 4), Map.entry("fourth", 4), Map.entry("sidste", -1),
            Map.entry("last", -1));

    private static final String MONTH = "(" + MONTHS.keySet().stream()
            .sorted(Comparator.comparing(String::length).reversed()).collect(Collectors.joining("|")) + ")\\.?";
    private static final String YEAR = "(\\d{4})";
    private static final String ORD = "(\\d(?:st|nd|rd|th)|\\d{1,2}\\.?|" + String.join("|", ORDINALS.keySet()) + ")";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-]" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:\\.|st|nd|rd|th)? ?" + MONTH + ",? " + YEAR);
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? " + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",? " + YEAR);
    private static final Pattern QUARTER = Pattern.compile(ORD + " (?:kvartal|kvt\\.?|quarter) " + YEAR);
    private static final Pattern Q_QUARTER = Pattern.compile("(?:q|quarter |kvartal )(\\d{1,2}),? " + YEAR);
    private static final Pattern HALF = Pattern.compile(ORD + " (?:halvår|halvdel|half) " + YEAR);
    private static final Pattern H_HALF = Pattern.compile("h(\\d{1,2}) " + YEAR);
    private static final Pattern PART_OF_YEAR = Pattern.compile("(primo|early|medio|midten|mid|ultimo|late)[- ]?" + YEAR);
    private static final Pattern SEASON = Pattern.compile(
            "(efterår(?:et)?|autumn|fall|forår(?:et)?|spring|sommer(?:en)?|summer|vinter(?:en)?|winter) " + YEAR);
    // "ved udgangen af X" / "by the end of X": the last month of X ("af"/"of"/"the" are already removed).
    private static final Pattern END_OF = Pattern.compile("(?:ved |inden |by )?(?:udgangen|slutningen|end) (.+)");
    private static final Pattern PLAIN_YEAR = Pattern.compile(YEAR);
    /** Filler words in front of a date that do not change its meaning. */
    private static final Pattern PREFIX = Pattern.compile("^(?:periode|period|den|senest|i løbet|during|fra|from|i|in) ");
    /**
     * Separators between the two ends of a period. A bare hyphen is tried at every position, so
     * "April-maj 2017" and "2017-2019" work, while single forms such as "2018-03-25" and "mid-2019" are
     * matched before any split is attempted. "og senest" covers "I løbet af 2018 og senest 1. januar 2019".
     */
    private static final Pattern SEPARATOR = Pattern.compile(
            " ?(?:[-–—/]|(?<!\\p{L})(?:til og med|til|to|through|until|og senest)(?!\\p{L})) ?");

    /** Reads a printed date; blank texts give a blank FuzzyDate, unreadable ones throw. */
    public static FuzzyDate parse(String printed) {
        String text = printed == null ? "" : printed.replaceAll("[\\s\\u00A0]+", " ").trim();
        String n = normalize(text);
        if (BLANKS.contains(n)) {
            return new FuzzyDate(text, null, null);
        }
        Span span = single(n);
        if (span == null) {
            span = range(n);
        }
        if (span == null) {
            throw new UnreadableDateException(text);
        }
        return new FuzzyDate(text, span.from(), span.to());
    }

    /** Like {@link #parse(String)} but empty instead of throwing. */
    public static Optional<FuzzyDate> tryParse(String printed) {
        try {
            return Optional.of(parse(printed));
        } catch (UnreadableDateException e) {
            return Optional.empty();
        }
    }

    public boolean hasInterval() {
        return from != null;
    }

    public boolean isBlank() {
        return from == null && to == null;
    }

    /** True when the whole interval lies before {@code day}; open-ended and blank dates never do. */
    public boolean endsBefore(LocalDate day) {
        return to != null && to.isBefore(day);
    }

    /** "2017-08-01", "2017-08-01 – 2017-08-31", "2016-01-01 –" (open-ended) or "" (blank). */
    public String intervalLabel() {
        if (from == null) {
            return "";
        }
        if (to == null) {
            return from + " –";
        }
        return from.equals(to) ? from.toString() : from + " – " + to;
    }

    private record Span(LocalDate from, LocalDate to) {
    }

    /** Lower case, no trailing dots, and without the noise words "af", "of" and "the". */
    private static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\.+$", "").trim();
        return Arrays.stream(lower.split(" "))
                .filter(w -> !NOISE_WORDS.contains(w))
                .collect(Collectors.joining(" "));
    }

    /** Both ends of a period, "left SEP right"; the left end may borrow the year of the right one. */
    private static Span range(String n) {
        Matcher sep = SEPARATOR.matcher(n);
        while (sep.find()) {
            String left = n.substring(0, sep.start()).trim();
            String right = n.substring(sep.end()).trim();
            if (left.isEmpty()) {
                continue;
            }
            if (right.isEmpty()) {
                // "2016 -": open-ended period, only for a trailing dash.
                Span start = sep.group().trim().matches("[-–—]") ? single(left) : null;
                if (start != null) {
                    return new Span(start.from(), null);
                }
                continue;
            }
            Span end = single(right);
            if (end == null) {
                continue;
            }
            Span start = single(left);
            if (start == null && !left.matches(".*\\d{4}.*")) {
                start = single(left + " " + end.to().getYear()); // "april-maj 2017", "1. august - 31. december 2018"
            }
            if (start != null && !end.to().isBefore(start.from())) {
                return new Span(start.from(), end.to());
            }
        }
        return null;
    }

    /** One date expression (no period), or null when it is not one. */
    private static Span single(String n) {
        Matcher prefix = PREFIX.matcher(n);
        while (prefix.find()) {
            n = n.substring(prefix.end());
            prefix = PREFIX.matcher(n);
        }
        try {
            return singleOrThrow(n);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null; // "32. januar 2018", "13. kvartal 2018", "Q5 2018"
        }
    }

    private static Span singleOrThrow(String n) {
        Matcher m;
        if ((m = ISO.matcher(n)).matches()) {
            return day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
        }
        if ((m = NUMERIC.matcher(n)).matches()) {
            return day(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
        }
        if ((m = DAY_MONTH.matcher(n)).matches()) {
            return day(LocalDate.of(num(m, 3), MONTHS.get(m.group(2)), num(m, 1)));
        }
        if ((m = MONTH_DAY.matcher(n)).matches()) {
            return day(LocalDate.of(num(m, 3), MONTHS.get(m.group(1)), num(m, 2)));
        }
        if ((m = MONTH_YEAR.matcher(n)).matches()) {
            int month = MONTHS.get(m.group(1));
            return months(num(m, 2), month, month);
        }
        if ((m = QUARTER.matcher(n)).matches() || (m = Q_QUARTER.matcher(n)).matches()) {
            int q = part(m.group(1), 4);
            return months(num(m, 2), 3 * q - 2, 3 * q);
        }
        if ((m = HALF.matcher(n)).matches() || (m = H_HALF.matcher(n)).matches()) {
            int h = part(m.group(1), 2);
            return months(num(m, 2), 6 * h - 5, 6 * h);
        }
        if ((m = PART_OF_YEAR.matcher(n)).matches()) {
            // Thirds of the year: primo Jan-Apr, medio May-Aug, ultimo Sep-Dec.
            int third = switch (m.group(1)) {
                case "primo", "early" -> 1;
                case "medio", "midten", "mid" -> 2;
                default -> 3;
            };
            return months(num(m, 2), 4 * third - 3, 4 * third);
        }
        if ((m = SEASON.matcher(n)).matches()) {
            int year = num(m, 2);
            String season = m.group(1);
            if (season.startsWith("vinter") || season.equals("winter")) {
                // Winter 2018 is December 2017 through February 2018.
                return new Span(LocalDate.of(year - 1, 12, 1), YearMonth.of(year, 2).atEndOfMonth());
            }
            if (season.startsWith("forår") || season.equals("spring")) {
                return months(year, 3, 5);
            }
            if (season.startsWith("sommer") || season.equals("summer")) {
                return months(year, 6, 8);
            }
            return months(year, 9, 11);
        }
        if ((m = END_OF.matcher(n)).matches()) {
            // Unlike "ultimo"/"late" (Sep-Dec), "the end of X" is the last month of X.
            Span of = single(m.group(1));
            if (of == null || of.to() == null) {
                return null;
            }
            return new Span(of.to().withDayOfMonth(1), of.to());
        }
        if ((m = PLAIN_YEAR.matcher(n)).matches()) {
            return months(num(m, 1), 1, 12);
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Resolves "2.", "2nd", "andet", "sidste" to 1..count, or throws for e.g. "13." or "5". */
    private static int part(String ordinal, int count) {
        Integer word = ORDINALS.get(ordinal);
        int n = word != null ? word : Integer.parseInt(ordinal.replaceAll("\\D", ""));
        n = n == -1 ? count : n;
        if (n < 1 || n > count) {
            throw new IllegalArgumentException("No part " + ordinal + " of " + count);
        }
        return n;
    }

    private static Span day(LocalDate day) {
        return new Span(day, day);
    }

    private static Span months(int year, int firstMonth, int lastMonth) {
        return new Span(YearMonth.of(year, firstMonth).atDay(1), YearMonth.of(year, lastMonth).atEndOfMonth());
    }
}
