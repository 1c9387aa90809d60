package dk.planspor.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Joins two printed lines of one text, deciding what a hyphen at the end of the first line is.
 * <p>
 * A word broken at the line end ("stimule-" + "re") is joined without the hyphen. A real hyphen stays:
 * <ul>
 * <li>after an acronym or a number ("OGP-" + "værdierne", "IATI-" + "standardformatet");</li>
 * <li>when a space follows it in the raw line, or it stands alone ("Uddannelses- " + "og ...", " -");</li>
 * <li>in "X- og Y" ("Børne- og Socialministeriet"), inside URLs, and before an upper-case letter,
 * a digit or "/" ("OECD-" + "DAC", "minister-" + "/viceminister");</li>
 * <li>when the document itself says so: the joined word occurs elsewhere in it (then it is joined), the
 * hyphenated form occurs elsewhere, or the capitalised first part is a word of its own in the
 * document ("Open Government-" + "handlingsplanerne", "Teknik og Miljø-" + "konference").</li>
 * </ul>
 */
final class Hyphenation {

    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "and", "or", "to", "til");

    /** Lower-cased words that occur in the document away from a line-end hyphen. */
    private final Set<String> words = new HashSet<>();
    /** Lower-cased hyphenated words that occur inside a line ("smart city-forum" gives "city-forum"). */
    private final Set<String> hyphenated = new HashSet<>();
    /** Capitalised words that occur on their own (not followed by a hyphen). */
    private final Set<String> capitalised = new HashSet<>();

    Hyphenation(String[] lines) {
        for (String line : lines) {
            String[] tokens = line.split(" ");
            for (int t = 0; t < tokens.length; t++) {
                String token = strip(tokens[t]);
                if (token.isEmpty() || (t == tokens.length - 1 && token.endsWith("-"))) {
                    continue;
                }
                if (token.endsWith("-")) {
                    continue; // "Børne-" in "Børne- og": neither a word nor a compound
                }
                String lower = token.toLowerCase(Locale.ROOT);
                if (token.indexOf('-') > 0) {
                    hyphenated.add(lower);
                    for (String part : token.split("-")) {
                        words.add(part.toLowerCase(Locale.ROOT));
                    }
                } else {
                    words.add(lower);
                    if (Character.isUpperCase(token.charAt(0))) {
                        capitalised.add(token);
                    }
                }
            }
        }
    }

    /** Hyphenation without document evidence (for texts written by the renderer or tests). */
    static Hyphenation none() {
        return new Hyphenation(new String[0]);
    }

    /**
     * Appends {@code next} (a trimmed line) to {@code text}; {@code rawEnd} is the raw form of the line
     * that {@code text} ends with, so that a space after a final hyphen can be seen.
     */
    String join(String text, String rawEnd, String next) {
        if (text.isEmpty()) {
            return next;
        }
        if (next.isEmpty()) {
            return text;
        }
        if (!text.endsWith("-")) {
            return text + " " + next;
        }
        return switch (decide(text, rawEnd, next)) {
            case JOIN -> text.substring(0, text.length() - 1) + next;
            case KEEP -> text + next;
            case SPACE -> text + " " + next;
        };
    }

    enum Decision { JOIN, KEEP, SPACE }

    Decision decide(String text, String rawEnd, String next) {
        int space = text.lastIndexOf(' ');
        String last = text.substring(space + 1); // the last token, with its hyphen
        if (last.equals("-") || last.equals("–")) {
            return Decision.SPACE;
        }
        if (rawEnd != null && rawEnd.matches("(?s).*-[ \\t\\u00A0]+")) {
            return Decision.SPACE; // "Uddannelses- " + "og": the extraction kept the space
        }
        if (isUrl(last)) {
            return Decision.KEEP;
        }
        String nextWord = next.split(" ", 2)[0];
        char first = nextWord.charAt(0);
        if (CONJUNCTIONS.contains(strip(nextWord).toLowerCase(Locale.ROOT))) {
            return Decision.SPACE;
        }
        if (!Character.isLetter(first) || Character.isUpperCase(first)) {
            return Decision.KEEP;
        }
        String left = strip(last.substring(0, last.length() - 1));
        if (left.isEmpty()) {
            return Decision.KEEP;
        }
        if (isAcronym(left) || left.chars().anyMatch(Character::isDigit)) {
            return Decision.KEEP;
        }
        String right = strip(nextWord);
        String joined = (left + right).toLowerCase(Locale.ROOT);
        if (words.contains(joined)) {
            return Decision.JOIN;
        }
        if (hyphenated.contains((left + "-" + right).toLowerCase(Locale.ROOT))) {
            return Decision.KEEP;
        }
        if (Character.isUpperCase(left.charAt(0)) && left.length() >= 4 && capitalised.contains(left)) {
            return Decision.KEEP;
        }
        return Decision.JOIN;
    }

    private static boolean isUrl(String token) {
        return token.contains("://") || token.startsWith("www.") || token.startsWith("mailto:");
    }

    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return upper >= 2;
    }

    /** A token without surrounding quotes, brackets and punctuation (inner hyphens and dots stay). */
    static String strip(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1)) && token.charAt(to - 1) != '-') {
            to--;
        }
        return token.substring(from, to);
    }
}
