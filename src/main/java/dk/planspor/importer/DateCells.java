package dk.planspor.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.planspor.plans.FuzzyDate;

/** Finds printed dates at the start of a run of words, for the cells of a milestone table. */
final class DateCells {

    /** No date cell in the documents is longer ("I løbet af 2018 og senest 1. januar 2019" is 9 words). */
    static final int MAX_WORDS = 10;

    private static final Set<String> DATE_WORDS = Set.of("-", "–", "—", "primo", "medio", "ultimo", "midten", "mid",
            "early", "late", "endnu", "ikke", "løbende", "ongoing", "tbd", "tba", "n/a", "ved", "senest", "inden",
            "by", "end", "i", "in", "during", "fra", "from", "første", "anden", "andet", "tredje", "fjerde",
            "sidste", "first", "second", "third", "fourth", "last", "efterår", "efteråret", "forår", "foråret",
            "sommer", "sommeren", "vinter", "vinteren", "autumn", "fall", "spring", "summer", "winter", "not",
            "ukendt", "unknown", "periode", "period", "udgangen", "slutningen", "the", "q1", "q2", "q3", "q4", "h1",
            "h2");

    private static final Set<String> MONTHS = Set.of("januar", "january", "jan", "februar", "february", "feb",
            "marts", "march", "mar", "april", "apr", "maj", "may", "juni", "june", "jun", "juli", "july", "jul",
            "august", "aug", "september", "sept", "sep", "oktober", "october", "okt", "oct", "november", "nov",
            "december", "dec");

    private static final List<String> STATUS_WORDS = List.of("afsluttet", "ikke påbegyndt", "begrænset",
            "væsentlig", "gennemført", "i gang", "igangsat", "forsinket", "påbegyndt", "under implementering",
            "completed", "complete", "not started", "limited", "substantial", "ongoing", "in progress", "delayed",
            "started");

    private DateCells() {
    }

    /** A word that can begin a printed date. */
    static boolean startsDate(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String bare = w.endsWith(".") || w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
        if (DATE_WORDS.contains(w) || DATE_WORDS.contains(bare) || MONTHS.contains(bare)) {
            return true;
        }
        if (bare.matches("\\d{1,2}|\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|\\d{4}-\\d{1,2}-\\d{1,2}")) {
            return true;
        }
        return bare.matches("\\d(st|nd|rd|th)|[a-zæøå]+-\\d{4}|\\d{4}-\\d{4}|[a-zæøå]+-[a-zæøå]+");
    }

    /**
     * The number of words, from {@code from}, of the longest run that reads as one date (a blank date such
     * as "-" included); 0 when none does. Open-ended periods ("2022 -") are not dates here.
     */
    static int longestDate(List<String> words, int from) {
        if (from >= words.size() || !startsDate(words.get(from))) {
            return 0;
        }
        int best = 0;
        StringBuilder text = new StringBuilder();
        for (int n = 1; n <= MAX_WORDS && from + n <= words.size(); n++) {
            if (n > 1) {
                text.append(' ');
            }
            text.append(words.get(from + n - 1));
            if (isDate(text.toString())) {
                best = n;
            }
        }
        return best;
    }

    static boolean isDate(String text) {
        if (text.endsWith(" -") || text.endsWith(" –")) {
            return false;
        }
        Optional<FuzzyDate> date = FuzzyDate.tryParse(text);
        return date.isPresent() && (date.get().isBlank() || date.get().to() != null);
    }

    /** The interval of the date at the start of a printed cell, or null when it has none. */
    static ImportDocument.Interval interval(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        List<String> words = List.of(cell.split(" "));
        int n = longestDate(words, 0);
        if (n == 0) {
            return null;
        }
        FuzzyDate date = FuzzyDate.tryParse(String.join(" ", words.subList(0, n))).orElse(null);
        return date == null || !date.hasInterval() ? null : new ImportDocument.Interval(date.from(), date.to());
    }

    /** A cell that begins with a completion level ("Afsluttet", "Begrænset – ...", "I gang"). */
    static boolean startsWithStatus(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String word : STATUS_WORDS) {
            if (lower.startsWith(word) && (lower.length() == word.length()
                    || !Character.isLetter(lower.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }
}
