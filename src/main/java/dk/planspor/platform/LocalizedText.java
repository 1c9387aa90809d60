package dk.planspor.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * A text held in Danish and English. Columns are named {@code <field>_da} and {@code <field>_en}
 * (component-path naming). Either side may be missing.
 */
@Embeddable
public class LocalizedText {

    @Column(columnDefinition = "text")
    private String da;

    @Column(columnDefinition = "text")
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String da, String en) {
        this.da = blankToNull(da);
        this.en = blankToNull(en);
    }

    public static LocalizedText of(String da, String en) {
        return new LocalizedText(da, en);
    }

    /** Hibernate loads an embedded text whose columns are all null as {@code null}; read it as empty. */
    public static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? new LocalizedText(null, null) : text;
    }

    public String da() {
        return da;
    }

    public String en() {
        return en;
    }

    public String get(Lang lang) {
        return lang == Lang.EN ? en : da;
    }

    /** A copy with the text in {@code lang} replaced. */
    public LocalizedText with(Lang lang, String text) {
        return lang == Lang.EN ? new LocalizedText(da, text) : new LocalizedText(text, en);
    }

    public boolean isEmpty() {
        return da == null && en == null;
    }

    /**
     * The text to show in {@code lang}: the text in that language when it exists, otherwise the
     * other language's text, marked so the page can set {@code lang} and show a note.
     */
    public Shown in(Lang lang) {
        String wanted = get(lang);
        if (wanted != null) {
            return new Shown(wanted, lang, false);
        }
        String other = get(lang.other());
        return other == null ? Shown.EMPTY : new Shown(other, lang.other(), true);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A text as shown on a page: its language and whether it is a fallback to the other language. */
    public record Shown(String text, Lang lang, boolean fallback) {
        static final Shown EMPTY = new Shown(null, Lang.DA, false);

        public boolean present() {
            return text != null;
        }

        public String langCode() {
            return lang.code();
        }

        /** Paragraphs, split on blank lines ({@code \n\n}), as the import document keeps them. */
        public List<String> paragraphs() {
            if (text == null) {
                return List.of();
            }
            return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        }
    }
}
