package dk.planspor.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the milestone table of one commitment: rows of (milestone, start date, end date, status).
 * <p>
 * Each cell wraps inside its column, and the extraction prints a row as: the lines of the milestone
 * cell, then one line that holds the start date, the end date and the first line of the status
 * ("1. august 2017 1. juni 2018 Afsluttet", often preceded by the last words of the milestone), then
 * the further lines of the status. That middle line is the row's <em>anchor</em>. Less often a date
 * cell wraps too: the start date is then stacked over two or three lines before the anchor
 * ("25. september" / "2017" / "22. oktober 2018 Bilaterale dialoger"), or the end date runs on over
 * the next lines ("- 14. september" / "2017" / "Afsluttet"; "1. januar 2018 Ved udgangen af" /
 * "2019 forventes alle ..." / ... / "Begrænset – ..."); a status line that starts with a completion
 * level ends such an end-date cell.
 * <p>
 * Between two anchors, the lines are first the rest of the upper row's status and then the next
 * milestone. The next milestone starts at the first line that starts with a capital letter or a digit
 * after the last line that ends a sentence (not counting the line just before the anchor, since a
 * milestone may end with a full stop), and not after a line ending in a hyphen or dash.
 */
final class MilestoneTable {

    record Row(String title, String start, String end, String status) {
    }

    /** One line of the table body: its source index and trimmed text. */
    record Cell(int line, String text) {
    }

    private final List<Cell> lines;
    private final Hyphenation hyphenation;
    private final String[] raw;

    MilestoneTable(List<Cell> lines, Hyphenation hyphenation, String[] raw) {
        this.lines = lines;
        this.hyphenation = hyphenation;
        this.raw = raw;
    }

    /** An anchor: the line, where its date cells start, and how many lines a stacked start takes. */
    private record Anchor(int at, int startWord, int startWords, int endWords, int startLines) {
    }

    /** The rows, or an empty list when no line of the table reads as a row of dates. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int pos = 0;
        List<Cell> titleLines = new ArrayList<>();
        Anchor anchor = findAnchor(pos);
        if (anchor == null) {
            return rows;
        }
        titleLines.addAll(lines.subList(pos, anchor.at()));
        while (anchor != null) {
            RowBuilder row = new RowBuilder();
            for (Cell c : titleLines) {
                row.title = join(row.title, c, row.titleRaw);
                row.titleRaw = raw[c.line()];
            }
            pos = row.readAnchor(anchor);
            // Unfinished cells first: the end date after a stacked start, then an end date that runs on.
            if (row.startOpen && pos < lines.size()) {
                pos = row.readEnd(pos);
            }
            while (pos < lines.size() && row.endOpen && !row.endHasDate()) {
                row.appendEnd(lines.get(pos++));
            }
            Anchor next = findAnchor(pos);
            int limit = next == null ? lines.size() : next.at();
            if (row.endSpanned) {
                int split = next == null ? limit : titleSplit(pos, limit, false);
                while (pos < split && !DateCells.startsWithStatus(lines.get(pos).text())) {
                    row.appendEnd(lines.get(pos++));
                }
            }
            if (row.status.isEmpty() && pos < limit && DateCells.startsWithStatus(lines.get(pos).text())) {
                Cell c = lines.get(pos++);
                row.status = c.text();
                row.statusRaw = raw[c.line()];
            }
            int split = next == null ? limit : titleSplit(pos, limit, isDash(row.status));
            while (pos < split) {
                Cell c = lines.get(pos++);
                row.status = join(row.status, c, row.statusRaw);
                row.statusRaw = raw[c.line()];
            }
            rows.add(row.build());
            titleLines = new ArrayList<>(lines.subList(split, limit));
            pos = limit;
            anchor = next;
        }
        return rows;
    }

    private String join(String text, Cell cell, String rawEnd) {
        return hyphenation.join(text, rawEnd, cell.text());
    }

    private static String firstDate(String cell) {
        List<String> words = Arrays.asList(cell.split(" "));
        int n = DateCells.longestDate(words, 0);
        return n == 0 ? "" : String.join(" ", words.subList(0, n));
    }

    private final class RowBuilder {
        String title = "";
        String titleRaw = "";
        String start = "";
        String end = "";
        String status = "";
        String statusRaw = "";
        String endRaw = "";
        boolean startOpen;
        boolean endOpen;
        boolean endSpanned;

        /** Reads the anchor line (and a stacked start); returns the position after them. */
        int readAnchor(Anchor a) {
            Cell cell = lines.get(a.at());
            List<String> words = Arrays.asList(cell.text().split(" "));
            if (a.startWord() > 0) {
                String prefix = String.join(" ", words.subList(0, a.startWord()));
                title = hyphenation.join(title, titleRaw, prefix);
            }
            if (a.startLines() > 1) {
                String s = cell.text();
                for (int k = 1; k < a.startLines(); k++) {
                    Cell next = lines.get(a.at() + k);
                    s = hyphenation.join(s, raw[lines.get(a.at() + k - 1).line()], next.text());
                }
                start = s;
                startOpen = true; // the end date starts on the next line
                return a.at() + a.startLines();
            }
            int s0 = a.startWord();
            int e0 = s0 + a.startWords();
            start = String.join(" ", words.subList(s0, e0));
            int e1 = e0 + a.endWords();
            if (a.endWords() == 0) {
                // The end date is unfinished on this line and runs on over the next ones.
                end = String.join(" ", words.subList(e0, words.size()));
                endRaw = raw[cell.line()];
                endOpen = true;
                endSpanned = true;
                return a.at() + 1;
            }
            end = String.join(" ", words.subList(e0, e1));
            status = String.join(" ", words.subList(e1, words.size()));
            statusRaw = raw[cell.line()];
            return a.at() + 1;
        }

        /** The line after a stacked start date holds the end date and the first line of the status. */
        int readEnd(int pos) {
            Cell cell = lines.get(pos);
            List<String> words = Arrays.asList(cell.text().split(" "));
            int n = DateCells.longestDate(words, 0);
            startOpen = false;
            if (n == 0) {
                end = cell.text();
                endRaw = raw[cell.line()];
                endOpen = true;
                endSpanned = true;
                return pos + 1;
            }
            end = String.join(" ", words.subList(0, n));
            status = String.join(" ", words.subList(n, words.size()));
            statusRaw = raw[cell.line()];
            return pos + 1;
        }

        boolean endHasDate() {
            return !firstDate(end).isEmpty();
        }

        void appendEnd(Cell cell) {
            end = hyphenation.join(end, endRaw, cell.text());
            endRaw = raw[cell.line()];
        }

        Row build() {
            return new Row(blankToNull(title), blankToNull(start), blankToNull(end), blankToNull(status));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The first anchor at or after {@code from}; a stacked start needs a milestone line before it. */
    private Anchor findAnchor(int from) {
        for (int k = from; k < lines.size(); k++) {
            Anchor a = anchorAt(k, k > from);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private Anchor anchorAt(int k, boolean mayStack) {
        List<String> words = Arrays.asList(lines.get(k).text().split(" "));
        for (int i = 0; i < words.size(); i++) {
            if (!DateCells.startsDate(words.get(i))) {
                continue;
            }
            int s = DateCells.longestDate(words, i);
            if (s == 0 || i + s >= words.size()) {
                continue;
            }
            int j = i + s;
            int e = DateCells.longestDate(words, j);
            if (e > 0) {
                return new Anchor(k, i, s, e, 1);
            }
            if (DateCells.startsDate(words.get(j)) && k + 1 < lines.size()) {
                List<String> joined = new ArrayList<>(words.subList(j, words.size()));
                joined.addAll(Arrays.asList(lines.get(k + 1).text().split(" ")));
                if (DateCells.longestDate(joined, 0) > words.size() - j) {
                    return new Anchor(k, i, s, 0, 1);
                }
            }
        }
        if (mayStack && DateCells.startsDate(words.get(0)) && !DateCells.isDate(lines.get(k).text())) {
            StringBuilder joined = new StringBuilder(lines.get(k).text());
            for (int m = 1; m <= 2 && k + m + 1 < lines.size(); m++) {
                joined.append(' ').append(lines.get(k + m).text());
                if (DateCells.isDate(joined.toString())) {
                    String after = lines.get(k + m + 1).text().split(" ")[0];
                    return DateCells.startsDate(after) ? new Anchor(k, 0, 0, 0, m + 1) : null;
                }
            }
        }
        return null;
    }

    /** Where the next milestone starts among the lines from {@code from} up to (not including) {@code limit} before the next anchor. */
    private int titleSplit(int from, int limit, boolean dashStatus) {
        int lastEnd = from - 1;
        for (int j = from; j < limit - 1; j++) {
            if (endsSentence(lines.get(j).text())) {
                lastEnd = j;
            }
        }
        for (int c = Math.max(from, lastEnd + 1); c < limit; c++) {
            String text = lines.get(c).text();
            char first = text.charAt(0);
            boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
            // A line ending in a dash runs on ("Ikke påbegyndt -" / "Beslutningen ..."), unless the dash is the status.
            boolean afterDash = c > 0 && endsWithDash(lines.get(c - 1).text()) && !(c == from && dashStatus);
            if (capital && !afterDash) {
                return c;
            }
        }
        return limit;
    }

    private static boolean endsSentence(String text) {
        if (!(text.endsWith(".") || text.endsWith("!") || text.endsWith("?"))) {
            return false;
        }
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return !last.matches("\\d{1,2}\\.");
    }

    private static boolean isDash(String text) {
        return text.equals("-") || text.equals("–") || text.equals("—");
    }

    private static boolean endsWithDash(String text) {
        return text.endsWith("-") || text.endsWith("–") || text.endsWith("—");
    }
}
