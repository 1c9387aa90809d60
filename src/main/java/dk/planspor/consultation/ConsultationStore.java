package dk.planspor.consultation;

import dk.planspor.platform.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations, their høringsliste and documents, and the audit of staff actions, in plain SQL. */
@Repository
class ConsultationStore {

    private static final String COLUMNS = "id, slug, kind, title_da, title_en, description_da, description_en, opens_at, "
            + "deadline, published, timeline_published_at, opened_at, override_reason, accept_late, contact_name, "
            + "contact_email, plan_slug, report_url, version";

    private final JdbcClient jdbc;

    ConsultationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Consultation> all() {
        return jdbc.sql("select " + COLUMNS + " from consultation order by deadline desc, id desc")
                .query((rs, i) -> map(rs, false)).list();
    }

    Optional<Consultation> find(String slug) {
        return jdbc.sql("select " + COLUMNS + " from consultation where slug = ?").param(slug)
                .query((rs, i) -> map(rs, true)).optional();
    }

    /** Without høringsliste and documents: one query, for the submission path. */
    Optional<Consultation> findBare(String slug) {
        return jdbc.sql("select " + COLUMNS + " from consultation where slug = ?").param(slug)
                .query((rs, i) -> map(rs, false)).optional();
    }

    Optional<Consultation> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation where id = ?").param(id)
                .query((rs, i) -> map(rs, true)).optional();
    }

    long insert(ConsultationEdit e) {
        Long id = jdbc.sql("insert into consultation (slug, kind, title_da, title_en, description_da, description_en, "
                        + "opens_at, deadline, contact_name, contact_email, plan_slug, report_url) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(e.slug(), e.kind().name(), e.titleDa(), e.titleEn(), e.descriptionDa(), e.descriptionEn(),
                        ts(e.opensAt()), ts(e.deadline()), e.contactName(), e.contactEmail(), e.planSlug(), e.reportUrl())
                .query(Long.class).single();
        replaceLists(id, e);
        return id;
    }

    /** Updates the fields; false when someone else saved in between (optimistic version check). */
    boolean update(long id, long version, ConsultationEdit e) {
        int n = jdbc.sql("update consultation set kind = ?, title_da = ?, title_en = ?, description_da = ?, "
                        + "description_en = ?, opens_at = ?, deadline = ?, contact_name = ?, contact_email = ?, plan_slug = ?, "
                        + "report_url = ?, version = version + 1 where id = ? and version = ?")
                .params(e.kind().name(), e.titleDa(), e.titleEn(), e.descriptionDa(), e.descriptionEn(), ts(e.opensAt()),
                        ts(e.deadline()), e.contactName(), e.contactEmail(), e.planSlug(), e.reportUrl(), id, version)
                .update();
        if (n == 1) {
            replaceLists(id, e);
        }
        return n == 1;
    }

    void publishTimeline(long id, Instant at) {
        jdbc.sql("update consultation set timeline_published_at = ?, version = version + 1 where id = ?")
                .params(ts(at), id).update();
    }

    void open(long id, Instant at, String overrideReason) {
        jdbc.sql("update consultation set published = true, opened_at = ?, override_reason = ?, version = version + 1 "
                + "where id = ?").params(ts(at), overrideReason, id).update();
    }

    void acceptLate(long id, boolean accept) {
        jdbc.sql("update consultation set accept_late = ?, version = version + 1 where id = ?").params(accept, id).update();
    }

    void audit(long consultationId, java.util.UUID responseId, String actor, Instant at, String action, String detail,
            String reason) {
        jdbc.sql("insert into consultation_audit (consultation_id, response_id, actor, at, action, detail, reason) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(consultationId, responseId, actor, ts(at), action, detail, reason).update();
    }

    List<AuditEntry> auditOf(long consultationId) {
        return jdbc.sql("select actor, at, action, detail, reason, response_id from consultation_audit "
                        + "where consultation_id = ? order by at desc, id desc").param(consultationId)
                .query((rs, i) -> new AuditEntry(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), (java.util.UUID) rs.getObject(6))).list();
    }

    /** One staff action: who, when, what and why. */
    public record AuditEntry(String actor, Instant at, String action, String detail, String reason, java.util.UUID responseId) {
    }

    private void replaceLists(long id, ConsultationEdit e) {
        jdbc.sql("delete from consultation_invitee where consultation_id = ?").param(id).update();
        jdbc.sql("delete from consultation_document where consultation_id = ?").param(id).update();
        int i = 0;
        for (String name : e.invitees()) {
            jdbc.sql("insert into consultation_invitee values (?, ?, ?)").params(id, i++, name).update();
        }
        i = 0;
        for (Consultation.Document d : e.documents()) {
            jdbc.sql("insert into consultation_document values (?, ?, ?, ?)").params(id, i++, d.title(), d.url()).update();
        }
    }

    private Consultation map(ResultSet rs, boolean withLists) throws SQLException {
        long id = rs.getLong("id");
        List<String> invitees = new ArrayList<>();
        List<Consultation.Document> documents = new ArrayList<>();
        if (withLists) {
            invitees.addAll(jdbc.sql("select name from consultation_invitee where consultation_id = ? order by position")
                    .param(id).query(String.class).list());
            documents.addAll(jdbc.sql("select title, url from consultation_document where consultation_id = ? order by position")
                    .param(id).query((r, n) -> new Consultation.Document(r.getString(1), r.getString(2))).list());
        }
        return new Consultation(id, rs.getString("slug"), ConsultationKind.valueOf(rs.getString("kind")),
                LocalizedText.of(rs.getString("title_da"), rs.getString("title_en")),
                LocalizedText.of(rs.getString("description_da"), rs.getString("description_en")),
                instant(rs, "opens_at"), instant(rs, "deadline"), rs.getBoolean("published"),
                instant(rs, "timeline_published_at"), instant(rs, "opened_at"), rs.getString("override_reason"),
                rs.getBoolean("accept_late"), rs.getString("contact_name"), rs.getString("contact_email"),
                rs.getString("plan_slug"), rs.getString("report_url"), rs.getLong("version"), invitees, documents);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
