package dk.planspor.importer;

import java.util.regex.Pattern;

/**
 * Marks what the PDF prints around the text rather than in it: link annotations and footnotes.
 * <ul>
 * <li>LINK_ARTIFACT: a {@code mailto:} line, and URL-only lines that the extraction prints again at the
 * end of a page (the link annotations): a run of such lines with nothing between them, right before the
 * first line of the next page (which starts with a space), or at the end of the text, or repeating the
 * URL line just above.</li>
 * <li>FOOTER: the footnote rule (a line of many spaces) and the footnotes after it ("1 https://...",
 * "3 Virksomhedsejerregistret er ...", with their continuation lines).</li>
 * </ul>
 */
final class PageNoise {

    private static final Pattern URL_ONLY = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern FOOTNOTE = Pattern.compile("\\d{1,3} \\S.*");

    private PageNoise() {
    }

    static void mark(SourceText src) {
        markLinks(src);
        markFootnotes(src);
    }

    private static void markLinks(SourceText src) {
        int n = src.size();
        for (int i = n - 1; i >= 0; i--) {
            String text = src.text[i];
            if (text.startsWith("mailto:") && !text.contains(" ")) {
                src.skip(i, SourceText.LINK_ARTIFACT);
                continue;
            }
            if (!isUrlArtifactCandidate(src, i)) {
                continue;
            }
            boolean last = i + 1 >= n || restBlank(src, i + 1);
            boolean beforePage = i + 1 < n && src.pageStart(i + 1);
            boolean beforeArtifact = i + 1 < n && SourceText.LINK_ARTIFACT.equals(reason(src, i + 1));
            boolean repeat = i > 0 && src.text[i - 1].equals(text) && isUrlArtifactCandidate(src, i - 1);
            if (last || beforePage || beforeArtifact || repeat) {
                src.skip(i, SourceText.LINK_ARTIFACT);
            }
        }
    }

    /** A URL alone on its line, printed without the trailing space that text lines have. */
    private static boolean isUrlArtifactCandidate(SourceText src, int i) {
        String raw = src.raw[i];
        return URL_ONLY.matcher(src.text[i]).matches() && !raw.isEmpty()
                && !Character.isWhitespace(raw.charAt(raw.length() - 1)) && !Character.isWhitespace(raw.charAt(0));
    }

    private static boolean restBlank(SourceText src, int from) {
        for (int j = from; j < src.size(); j++) {
            if (!src.blank(j)) {
                return false;
            }
        }
        return true;
    }

    private static String reason(SourceText src, int i) {
        String owner = src.owner[i];
        return owner != null && owner.startsWith("skip:") ? owner.substring(5) : null;
    }

    private static void markFootnotes(SourceText src) {
        int n = src.size();
        for (int i = 0; i < n; i++) {
            if (!isFootnoteRule(src.raw[i])) {
                continue;
            }
            src.skip(i, SourceText.FOOTER);
            int j = skipBlank(src, i + 1);
            while (j < n && !src.pageStart(j) && FOOTNOTE.matcher(src.text[j]).matches()) {
                src.skip(j++, SourceText.FOOTER);
                // A footnote's own continuation lines follow it directly, without an empty line.
                while (j < n && !src.blank(j) && !src.pageStart(j) && !FOOTNOTE.matcher(src.text[j]).matches()) {
                    src.skip(j++, SourceText.FOOTER);
                }
                j = skipBlank(src, j);
            }
        }
    }

    private static int skipBlank(SourceText src, int j) {
        while (j < src.size() && src.blank(j)) {
            j++;
        }
        return j;
    }

    /** The rule above the footnotes: a long run of spaces and nothing else. */
    private static boolean isFootnoteRule(String raw) {
        if (raw.length() < 20) {
            return false;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) != ' ' && raw.charAt(i) != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
