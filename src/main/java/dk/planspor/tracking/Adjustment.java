package dk.planspor.tracking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An adjustment of a commitment: either field changes (before → after) or, for adjustments read from a
 * published self-assessment's "Justeringer" list, the item's text. Always with a reason, an author and
 * a time. Adjustments are never changed or deleted: they are the public record.
 */
@Entity
@Table(name = "adjustment")
public class Adjustment {

    /** A change of fields, or a note as written in a published document. */
    public enum Kind {
        CHANGE, NOTE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_id")
    // the table's sequence, stepping 50 (migrations V2_5, V3_3): ids in blocks, inserts in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "adjustment_id", sequenceName = "adjustment_id_seq", allocationSize = 50)
    private Long id;

    private String planSlug;
    private Long commitmentId;
    private String commitmentNumber;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "adjustment_change", joinColumns = @JoinColumn(name = "adjustment_id"))
    @OrderColumn(name = "position")
    private List<Change> changes = new ArrayList<>();

    private String note;
    private String reason;
    private String author;
    private String organisation;
    private String source;
    /** The account behind the change, for the audit; not shown publicly. */
    private String authorAccount;
    private Instant recordedAt;
    private String dedupeKey;

    protected Adjustment() {
    }

    private Adjustment(Kind kind, String planSlug, Long commitmentId, String commitmentNumber, String reason,
            String author, String organisation, String source, Instant recordedAt) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An adjustment needs a reason");
        }
        this.kind = kind;
        this.planSlug = Objects.requireNonNull(planSlug);
        this.commitmentId = commitmentId;
        this.commitmentNumber = Objects.requireNonNull(commitmentNumber);
        this.reason = reason.strip();
        this.author = author;
        this.organisation = organisation;
        this.source = source;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    static Adjustment ofChanges(String planSlug, Long commitmentId, String number, List<Change> changes, String reason,
            String author, String organisation, String source, Instant at, String authorAccount) {
        Adjustment a = new Adjustment(Kind.CHANGE, planSlug, commitmentId, number, reason, author, organisation, source, at);
        a.authorAccount = authorAccount;
        a.changes.addAll(changes);
        return a;
    }

    static Adjustment ofNote(String planSlug, Long commitmentId, String number, String note, String reason,
            String author, String source, Instant at, String dedupeKey) {
        Adjustment a = new Adjustment(Kind.NOTE, planSlug, commitmentId, number, reason, author, null, source, at);
        a.note = Objects.requireNonNull(note);
        a.dedupeKey = dedupeKey;
        return a;
    }

    public Long id() {
        return id;
    }

    public String planSlug() {
        return planSlug;
    }

    public Long commitmentId() {
        return commitmentId;
    }

    public String commitmentNumber() {
        return commitmentNumber;
    }

    public Kind kind() {
        return kind;
    }

    public List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }

    public String note() {
        return note;
    }

    public String reason() {
        return reason;
    }

    public String author() {
        return author;
    }

    public String organisation() {
        return organisation;
    }

    public String authorAccount() {
        return authorAccount;
    }

    public String source() {
        return source;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
