package dk.planspor.library;

import dk.planspor.platform.LocalizedText;
import java.time.Instant;

/** A news post in Danish and English (either may be missing; pages fall back to the other language). */
public record NewsPost(long id, String slug, LocalizedText title, LocalizedText body, Instant publishedAt, String author) {

    public java.time.LocalDate date() {
        return publishedAt.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
    }
}
