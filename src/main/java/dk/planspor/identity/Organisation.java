package dk.planspor.identity;

import dk.planspor.platform.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** An organisation: a lead agency of commitments, a ministry, municipality, region or CSO. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_id")
    // the table's sequence, stepping 50 (migration V1_6): ids in blocks, inserts in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "organisation_id", sequenceName = "organisation_id_seq", allocationSize = 50)
    private Long id;

    private String slug;

    @Embedded
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(String slug, LocalizedText name, OrganisationKind kind) {
        this.slug = Objects.requireNonNull(slug);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        if (name.da() == null) {
            throw new IllegalArgumentException("An organisation needs a Danish name");
        }
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public LocalizedText name() {
        return LocalizedText.orEmpty(name);
    }

    public OrganisationKind kind() {
        return kind;
    }

    public void rename(LocalizedText newName) {
        this.name = Objects.requireNonNull(newName);
    }
}
