package dk.planspor.platform;

import java.util.Locale;
import java.util.Optional;

/** The two languages every page and every text exists in. URL prefix is {@link #code()}. */
public enum Lang {
    DA, EN;

    public static final String PATTERN = "da|en";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public Lang other() {
        return this == DA ? EN : DA;
    }

    public static Optional<Lang> fromCode(String code) {
        if ("da".equals(code)) {
            return Optional.of(DA);
        }
        if ("en".equals(code)) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }

    public static Lang of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : DA;
    }
}
