package dk.planspor.importer;

/**
 * Builds one free-text field from its printed lines.
 * <p>
 * Lines are joined with single spaces (hyphenation decided by {@link Hyphenation}); a paragraph break in
 * the source becomes {@code "\n\n"}. A bullet list keeps one bullet per line, each written as
 * {@code "• text"} whatever bullet character the document used (the self-assessment PDF uses the Symbol
 * font's U+F0B7): a single {@code "\n"} separates a bullet from the text or bullet just before it, so the
 * list stays readable as plain text and renders back to the same shape.
 */
final class FreeText {

    static final String BULLET = "• ";

    private final Hyphenation hyphenation;
    private final StringBuilder done = new StringBuilder();
    /** The paragraph or bullet being built, the raw form of its last line, and what goes before it. */
    private String current = "";
    private String currentRaw = "";
    private String currentSeparator = "";
    private boolean currentIsBullet;
    private boolean breakPending;

    FreeText(Hyphenation hyphenation) {
        this.hyphenation = hyphenation;
    }

    /** True for a line that starts with a bullet character. */
    static boolean isBullet(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '\uF0B7' || c == '•' || c == '▪' || c == '◦' || c == '●' || c == '■' || c == '\uF0A7'
                || c == '\uF076' || c == '\uF0D8' || c == '\u2043' || c == '\u25CF';
    }

    static String withoutBullet(String text) {
        return text.substring(1).trim();
    }

    void add(String text, String raw) {
        if (text.isEmpty()) {
            return;
        }
        boolean bullet = isBullet(text);
        if (bullet || breakPending || current.isEmpty()) {
            flush();
            currentSeparator = breakPending ? "\n\n" : "\n";
            current = bullet ? withoutBullet(text) : text;
            currentIsBullet = bullet;
            breakPending = false;
        } else {
            current = hyphenation.join(current, currentRaw, text);
        }
        currentRaw = raw;
    }

    void paragraphBreak() {
        if (!current.isEmpty() || done.length() > 0) {
            breakPending = true;
        }
    }

    private void flush() {
        if (current.isEmpty()) {
            return;
        }
        if (done.length() > 0) {
            done.append(currentSeparator);
        }
        done.append(currentIsBullet ? BULLET : "").append(current);
        current = "";
        currentRaw = "";
    }

    /** The field text, or null when nothing was printed in it. */
    String build() {
        flush();
        String result = done.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
