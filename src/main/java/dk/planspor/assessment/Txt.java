package dk.planspor.assessment;

import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;

/** A Danish/English text pair as stored in a snapshot (plain JSON, independent of the live entities). */
public record Txt(String da, String en) {

    public static final Txt EMPTY = new Txt(null, null);

    public static Txt of(LocalizedText t) {
        return t == null ? EMPTY : new Txt(t.da(), t.en());
    }

    public LocalizedText localized() {
        return LocalizedText.of(da, en);
    }

    /** The text in {@code lang}, or the other language's marked as a fallback. */
    public LocalizedText.Shown in(Lang lang) {
        return localized().in(lang);
    }

    public String get(Lang lang) {
        return lang == Lang.EN ? en : da;
    }

    public boolean blank() {
        return (da == null || da.isBlank()) && (en == null || en.isBlank());
    }
}
