package dk.planspor.library;

import java.time.LocalDate;

/** A document to file: its metadata and the file's bytes (PDF or plain text). */
public record DocumentUpload(DocumentType type, String title, LocalDate date, String lang, String planSlug, String fileName,
        String mediaType, byte[] bytes) {

    public DocumentUpload {
        if (type == null || title == null || title.isBlank() || date == null || bytes == null || bytes.length == 0) {
            throw new LibraryRefusal("library.upload.refused.missing");
        }
        if (!"da".equals(lang) && !"en".equals(lang)) {
            throw new LibraryRefusal("library.upload.refused.lang");
        }
    }
}
