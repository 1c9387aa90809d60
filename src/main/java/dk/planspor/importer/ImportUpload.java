package dk.planspor.importer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file the coordinator uploaded and previewed, kept until it is applied (or forgotten). */
@Entity
@Table(name = "import_upload")
class ImportUpload {

    @Id
    private UUID token;
    private String fileName;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;
    /** For an upload of OGP's sheet: the member whose rows it takes; null for a plan document. */
    private String ogpMember;

    protected ImportUpload() {
    }

    ImportUpload(String fileName, byte[] content, String uploadedBy, Instant uploadedAt) {
        this.token = UUID.randomUUID();
        this.fileName = fileName;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    ImportUpload(String fileName, byte[] content, String uploadedBy, Instant uploadedAt, String ogpMember) {
        this(fileName, content, uploadedBy, uploadedAt);
        this.ogpMember = ogpMember;
    }

    String ogpMember() {
        return ogpMember;
    }

    UUID token() {
        return token;
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return content.clone();
    }

    String uploadedBy() {
        return uploadedBy;
    }
}
