package dk.planspor.assessment;

import dk.planspor.platform.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An editable text of a plan's report (background, how to take part, …), in Danish and English. */
@Entity
@Table(name = "assessment_text")
class ReportText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String planSlug;

    @Enumerated(EnumType.STRING)
    private RoundKind kind;

    @Column(name = "key")
    private String key;

    @Embedded
    private LocalizedText text;

    private Instant updatedAt;
    private String updatedBy;

    protected ReportText() {
    }

    ReportText(String planSlug, RoundKind kind, String key, LocalizedText text, Instant at, String by) {
        this.planSlug = planSlug;
        this.kind = kind;
        this.key = key;
        this.text = text;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    void change(LocalizedText newText, Instant at, String by) {
        this.text = newText;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String key() {
        return key;
    }

    LocalizedText text() {
        return LocalizedText.orEmpty(text);
    }
}
