package dk.planspor.importer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit log of imports: which file (by checksum), by whom, when, and what it changed. */
@Entity
@Table(name = "import_run")
class ImportRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fileName;
    private String sha256;
    private String kind;
    private String planSlug;
    private String author;
    private Instant importedAt;
    private int commitmentsCreated;
    private int fieldsChanged;
    private int notesAdded;
    private int warnings;

    protected ImportRun() {
    }

    ImportRun(String fileName, String sha256, String kind, String planSlug, String author, Instant importedAt,
            int commitmentsCreated, int fieldsChanged, int notesAdded, int warnings) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.kind = kind;
        this.planSlug = planSlug;
        this.author = author;
        this.importedAt = importedAt;
        this.commitmentsCreated = commitmentsCreated;
        this.fieldsChanged = fieldsChanged;
        this.notesAdded = notesAdded;
        this.warnings = warnings;
    }

    String fileName() {
        return fileName;
    }

    String sha256() {
        return sha256;
    }

    String kind() {
        return kind;
    }

    String planSlug() {
        return planSlug;
    }

    Instant importedAt() {
        return importedAt;
    }
}
