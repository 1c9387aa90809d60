package dk.planspor.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.planspor.importer.Labels.Field;
import dk.planspor.plans.FuzzyDate;

/**
 * Finds where the commitments are: each one starts at its period line or, without one, at its lead line
 * ("Ansvarlig X", "Lead implementing agency X") that the template's questions follow.
 * <p>
 * Commitments are named by "Initiativ N.N title" headings. In the self-assessment PDF that heading is
 * printed at the top of the page where the commitment's table starts, so it usually interrupts the end
 * of the previous commitment (even its milestone table) and may wrap onto a second line. So headings are
 * not used as boundaries: the heading printed between the previous lead line and a commitment's own
 * lead line names it. A heading at a page top is a PAGE_HEADER (its text still names the commitment); a
 * heading printed again for a commitment already named is a PAGE_HEADER too.
 */
final class CommitmentLayout {

    record Block(String number, String title, int from, int to, int periodLine) {
    }

    private record Heading(String number, String title, int line) {
    }

    private static final Pattern HEADING = AdjustmentsReader.HEADING;
    /** The heading of the chapter after the commitments ("3. Opsamling og næste skridt"). */
    private static final Pattern CHAPTER = Pattern.compile("(\\d{1,2})\\.?\\s+\\p{Lu}\\p{Ll}+.*");
    private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d{1,2})(?:\\.\\d{1,2})*\\.?\\s+\\p{Lu}.*");
    private static final Set<String> OPEN_WORDS = Set.of("for", "og", "i", "på", "til", "af", "med", "om", "the",
            "of", "and", "in", "to", "on", "a", "an", "fra", "from", "et", "en", "at");

    private final SourceText src;
    private final List<Integer> anchors = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    CommitmentLayout(SourceText src) {
        this.src = src;
        for (int i = 0; i < src.size(); i++) {
            if (!src.blank(i) && src.free(i) && isLeadLine(i)) {
                anchors.add(i);
            }
        }
    }

    /** The lead lines, one per commitment. */
    List<Integer> anchors() {
        return anchors;
    }

    List<Block> blocks() {
        return blocks;
    }

    private boolean isLeadLine(int i) {
        Labels.Match m = Labels.start(src.text[i], f -> f == Field.LEAD);
        if (m == null || !m.complete() || m.value().isEmpty()) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < src.size() && seen < 15; j++) {
            if (src.blank(j)) {
                continue;
            }
            seen++;
            Labels.Match q = Labels.start(src.text[j], f -> f == Field.PROBLEM || f == Field.DESCRIPTION);
            if (q != null) {
                return true;
            }
        }
        return false;
    }

    /** Works out the blocks; {@code knownTitles} are full titles from the adjustments section. */
    void resolve(Map<String, String> knownTitles) {
        int n = anchors.size();
        int[] starts = new int[n];
        int[] periods = new int[n];
        for (int k = 0; k < n; k++) {
            int a = anchors.get(k);
            int floor = k == 0 ? 0 : anchors.get(k - 1) + 1;
            int p = previousContent(a - 1, floor);
            periods[k] = -1;
            starts[k] = a;
            if (p >= 0 && isPeriodLabel(p)) {
                starts[k] = p;
            } else if (p >= 0 && looksLikePeriod(src.text[p])) {
                starts[k] = p;
                periods[k] = p;
            }
        }
        int regionStart = starts[0];
        for (int j = starts[0] - 1; j >= 0; j--) {
            if (src.blank(j) || !src.free(j)) {
                continue;
            }
            if (!HEADING.matcher(src.text[j]).matches()) {
                break;
            }
            regionStart = j;
        }
        int end = chapterEnd(anchors.get(n - 1), regionStart);
        List<Heading> headings = headings(regionStart, end, knownTitles);
        int h = 0;
        for (int k = 0; k < n; k++) {
            int low = k == 0 ? -1 : anchors.get(k - 1);
            while (h < headings.size() && headings.get(h).line() < low) {
                h++;
            }
            Heading name = h < headings.size() && headings.get(h).line() < anchors.get(k) ? headings.get(h++) : null;
            int to = k + 1 < n ? starts[k + 1] : end;
            blocks.add(new Block(name == null ? null : name.number(), name == null ? null : name.title(), starts[k],
                    to, periods[k]));
        }
    }

    private int previousContent(int from, int floor) {
        for (int j = from; j >= floor; j--) {
            if (!src.blank(j) && src.free(j) && !HEADING.matcher(src.text[j]).matches()) {
                return j;
            }
        }
        return -1;
    }

    private boolean isPeriodLabel(int i) {
        Labels.Match m = Labels.start(src.text[i], f -> f == Field.PERIOD);
        return m != null && m.complete();
    }

    static boolean looksLikePeriod(String text) {
        if (text.length() > 60 || !text.matches(".*\\d{4}.*")) {
            return false;
        }
        return FuzzyDate.tryParse(text).map(FuzzyDate::hasInterval).orElse(false);
    }

    /** The line where the commitments end: the next chapter's heading after the last commitment, or the end. */
    private int chapterEnd(int lastAnchor, int regionStart) {
        Integer chapter = null;
        for (int j = regionStart - 1; j >= 0 && chapter == null; j--) {
            Matcher m = SECTION_NUMBER.matcher(src.text[j]);
            if (!src.blank(j) && m.matches() && !looksLikePeriod(src.text[j])) {
                chapter = Integer.parseInt(m.group(1));
            }
        }
        boolean actorsSeen = false;
        for (int j = lastAnchor + 1; j < src.size(); j++) {
            if (src.blank(j) || !src.free(j)) {
                continue;
            }
            String text = src.text[j];
            Labels.Match label = Labels.start(text, f -> f == Field.ACTORS || f == Field.OTHER_ACTORS
                    || f == Field.GOVERNMENT_ACTORS || f == Field.CONTACT);
            actorsSeen |= label != null;
            Matcher m = CHAPTER.matcher(text);
            if (actorsSeen && m.matches() && text.length() <= 80 && !text.endsWith(".") && !looksLikePeriod(text)
                    && (chapter == null || Integer.parseInt(m.group(1)) == chapter + 1)) {
                return j;
            }
        }
        return src.size();
    }

    /** The commitment headings in from {@code from} up to (not including) {@code to}: marked as page headers or titles, in order. */
    private List<Heading> headings(int from, int to, Map<String, String> knownTitles) {
        List<Heading> result = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (src.blank(i) || !src.free(i)) {
                continue;
            }
            Matcher m = HEADING.matcher(src.text[i]);
            if (!m.matches()) {
                continue;
            }
            String number = m.group(1);
            boolean known = result.stream().anyMatch(x -> x.number().equals(number));
            boolean pageTop = src.pageStart(i);
            if (known) {
                if (pageTop) {
                    src.skip(i, SourceText.PAGE_HEADER);
                    skipContinuation(i, null, knownTitles.get(number), m.group(2));
                }
                continue;
            }
            boolean inOrder = result.isEmpty() || compare(number, result.get(result.size() - 1).number()) > 0;
            if (!inOrder || !(pageTop || followedByStructure(i))) {
                continue;
            }
            String title = m.group(2).trim();
            if (pageTop) {
                src.skip(i, SourceText.PAGE_HEADER);
            } else {
                src.own(i, number + " title");
            }
            title = skipContinuation(i, number, knownTitles.get(number), title);
            result.add(new Heading(number, title.isEmpty() ? null : title, i));
        }
        return result;
    }

    /** A heading that wraps: marks its second line and returns the whole title. */
    private String skipContinuation(int i, String number, String knownTitle, String title) {
        int c = src.nextNonBlank(i);
        if (c < 0 || !src.free(c) || src.raw[i].length() < 50) {
            return title;
        }
        String next = src.text[c];
        String joined = title + " " + next;
        boolean matchesKnown = knownTitle != null && knownTitle.equals(joined);
        String lastWord = title.substring(title.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        boolean oneLowerWord = !next.contains(" ") && Character.isLowerCase(next.charAt(0));
        boolean openEnd = OPEN_WORDS.contains(lastWord) && next.split(" ").length <= 4;
        boolean structural = Labels.start(next, f -> true) != null || HEADING.matcher(next).matches()
                || FreeText.isBullet(next) || looksLikePeriod(next);
        if (!structural && (matchesKnown || oneLowerWord || openEnd)) {
            if (number == null || src.skipped(i)) {
                src.skip(c, SourceText.PAGE_HEADER);
            } else {
                src.own(c, number + " title");
            }
            return joined;
        }
        return title;
    }

    private boolean followedByStructure(int i) {
        int seen = 0;
        for (int j = i + 1; j < src.size() && seen < 2; j++) {
            if (src.blank(j) || !src.free(j)) {
                continue;
            }
            seen++;
            Labels.Match m = Labels.start(src.text[j], f -> f == Field.PERIOD || f == Field.LEAD);
            if ((m != null && m.complete()) || looksLikePeriod(src.text[j])) {
                return true;
            }
        }
        return false;
    }

    /** Compares "1.10" and "1.9" as numbers. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }
}
