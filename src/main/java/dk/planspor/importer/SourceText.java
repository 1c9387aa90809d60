package dk.planspor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of an extracted document, with what became of each one. Line numbers are 1-based in
 * everything that leaves the importer (skipped lines, warnings), 0-based inside it.
 * <p>
 * Text extracted from the self-assessment PDF is "double spaced": every printed line is followed by an
 * empty line, and a paragraph break is a line holding only spaces. Plain text files are single spaced,
 * and there any blank line is a paragraph break. {@link #isBreak(int)} hides the difference.
 */
final class SourceText {

    static final String PAGE_HEADER = "PAGE_HEADER";
    static final String LINK_ARTIFACT = "LINK_ARTIFACT";
    static final String FOOTER = "FOOTER";
    static final String LABEL = "LABEL";
    static final String NOT_UNDERSTOOD = "NOT_UNDERSTOOD";
    /** Text outside the commitments and the adjustments (introduction, conclusion): understood, but no field holds it. */
    static final String NARRATIVE = "NARRATIVE";

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    final String[] raw;
    final String[] text;
    /** What each line went into: null (nothing yet), a field such as "1.1 problem", or "skip:REASON". */
    final String[] owner;
    final boolean doubleSpaced;

    SourceText(String input) {
        String[] lines = input.split("\r\n|\n|\r", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) {
            n--; // a final newline does not start a line
        }
        raw = new String[n];
        text = new String[n];
        owner = new String[n];
        int content = 0;
        int followedByEmpty = 0;
        for (int i = 0; i < n; i++) {
            raw[i] = lines[i];
            text[i] = collapse(lines[i]);
        }
        for (int i = 0; i < n; i++) {
            if (!text[i].isEmpty()) {
                content++;
                if (i + 1 < n && raw[i + 1].isEmpty()) {
                    followedByEmpty++;
                }
            }
        }
        doubleSpaced = content > 0 && followedByEmpty * 10 > content * 6;
    }

    static String collapse(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    int size() {
        return text.length;
    }

    boolean blank(int i) {
        return text[i].isEmpty();
    }

    /** A line printed at the top of a page: the extraction starts each page with a space. */
    boolean pageStart(int i) {
        String r = raw[i];
        return !r.isEmpty() && Character.isWhitespace(r.charAt(0)) && !text[i].isEmpty();
    }

    /** A paragraph break: see the class comment. */
    boolean isBreak(int i) {
        if (!blank(i)) {
            return false;
        }
        if (!doubleSpaced) {
            return true;
        }
        return !raw[i].isEmpty() || (i > 0 && raw[i - 1].isEmpty() && blank(i - 1));
    }

    boolean free(int i) {
        return owner[i] == null;
    }

    void skip(int i, String reason) {
        owner[i] = "skip:" + reason;
    }

    void own(int i, String field) {
        owner[i] = field;
    }

    boolean skipped(int i) {
        return owner[i] != null && owner[i].startsWith("skip:");
    }

    /** The non-blank lines in from {@code from} up to (not including) {@code to} that no earlier step has claimed. */
    List<Integer> freeLines(int from, int to) {
        List<Integer> result = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
            if (!blank(i) && free(i)) {
                result.add(i);
            }
        }
        return result;
    }

    /** Index of the next non-blank line after {@code i}, or -1. */
    int nextNonBlank(int i) {
        for (int j = i + 1; j < size(); j++) {
            if (!blank(j)) {
                return j;
            }
        }
        return -1;
    }
}
