package dk.planspor.library;

import java.time.LocalDate;

/** A document in the bank: type, date, language, the plan it belongs to, and its counterpart in the other language. */
public record LibraryDocument(long id, DocumentType type, String title, LocalDate date, String lang, String planSlug,
        Long counterpartId, String fileName, String mediaType, long size, String excerpt) {

    public String sizeText() {
        return size < 1024 ? size + " B" : size < 1024 * 1024 ? (size / 1024) + " kB" : String.format("%.1f MB", size / 1048576.0);
    }
}
