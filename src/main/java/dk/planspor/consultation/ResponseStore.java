package dk.planspor.consultation;

import static dk.planspor.consultation.ConsultationStore.instant;
import static dk.planspor.consultation.ConsultationStore.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Responses in plain SQL. A submission is one {@code insert … on conflict do nothing}: the unique
 * (consultation, idempotency key) constraint makes a repeated submit return the first response's id.
 */
@Repository
class ResponseStore {

    private static final String COLUMNS = "id, consultation_id, kind, name, organisation, email, body, proposal_problem, "
            + "proposal_what, proposal_contribution, proposal_relevance, consent_name, lang, received_at, late, "
            + "redacted_body, hidden_reason, summary, disposition, disposition_reason, commitments, anonymised_at";

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the response unless its key was used before; returns the id stored under the key, and if it is new. A
     * new response with an e-mail address also gets its row in the receipt outbox, in the same statement.
     */
    Receipt insert(long consultationId, UUID id, Submission s, Instant at, boolean late, String deletionToken) {
        Response.Proposal p = s.proposal() == null ? new Response.Proposal(null, null, null, null) : s.proposal();
        int n = jdbc.sql("with r as (insert into consultation_response (id, consultation_id, idempotency_key, kind, name, "
                        + "organisation, email, body, proposal_problem, proposal_what, proposal_contribution, proposal_relevance, "
                        + "consent_name, lang, received_at, late, deletion_token) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (consultation_id, idempotency_key) do nothing "
                        + "returning id, email), "
                        + "o as (insert into consultation_receipt (response_id) select id from r where coalesce(email, '') <> '') "
                        + "select count(*) from r")
                .params(id, consultationId, s.idempotencyKey(), s.kind().name(), s.name(), s.organisation(), s.email(),
                        s.body(), p.problem(), p.what(), p.contribution(), p.relevance(), s.consentName(), s.lang(), ts(at),
                        late, deletionToken)
                .query(Integer.class).single();
        if (n == 1) {
            return new Receipt(id, false, late);
        }
        return jdbc.sql("select id, late from consultation_response where consultation_id = ? and idempotency_key = ?")
                .params(consultationId, s.idempotencyKey())
                .query((rs, i) -> new Receipt((UUID) rs.getObject(1), true, rs.getBoolean(2))).single();
    }

    /**
     * Stores the response and queues its receipt in one statement, if the consultation {@code slug} is published
     * and takes responses at {@code at} (open, or closed with late responses accepted, which flags it late). Empty
     * when it does not, or when the key was used before.
     */
    Optional<Receipt> insertIfAccepting(String slug, UUID id, Submission s, Instant at, String deletionToken) {
        Response.Proposal p = s.proposal() == null ? new Response.Proposal(null, null, null, null) : s.proposal();
        return jdbc.sql("with c as (select id, deadline <= :at as late from consultation where slug = :slug and published "
                        + "and opens_at <= :at and (:at < deadline or accept_late)), "
                        + "r as (insert into consultation_response (id, consultation_id, idempotency_key, kind, name, "
                        + "organisation, email, body, proposal_problem, proposal_what, proposal_contribution, proposal_relevance, "
                        + "consent_name, lang, received_at, late, deletion_token) "
                        + "select :id, c.id, :key, :kind, :name, :organisation, :email, :body, :problem, :what, :contribution, "
                        + ":relevance, :consent, :lang, :at, c.late, :token from c "
                        + "on conflict (consultation_id, idempotency_key) do nothing returning id, email, late), "
                        + "o as (insert into consultation_receipt (response_id) select id from r where coalesce(email, '') <> '') "
                        + "select id, late from r")
                .param("at", ts(at)).param("slug", slug).param("id", id).param("key", s.idempotencyKey())
                .param("kind", s.kind().name()).param("name", s.name()).param("organisation", s.organisation())
                .param("email", s.email()).param("body", s.body()).param("problem", p.problem()).param("what", p.what())
                .param("contribution", p.contribution()).param("relevance", p.relevance()).param("consent", s.consentName())
                .param("lang", s.lang()).param("token", deletionToken)
                .query((rs, i) -> new Receipt((UUID) rs.getObject(1), false, rs.getBoolean(2))).optional();
    }

    void attach(UUID responseId, String filename, String mediaType, byte[] content) {
        jdbc.sql("insert into consultation_attachment (response_id, filename, media_type, size_bytes, content) values (?, ?, ?, ?, ?)")
                .params(responseId, filename, mediaType, content.length, content).update();
    }

    Optional<Response> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from consultation_response where id = ?").param(id)
                .query(this::map).optional().map(r -> withAttachments(List.of(r)).get(0));
    }

    /**
     * The responses not hidden by a moderator, read through a database cursor (1,000 rows at a time) without their
     * attachments: for exports of any size. Call inside a transaction and close the stream.
     */
    java.util.stream.Stream<Response> streamVisible(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_response where consultation_id = ? and hidden_reason is null "
                + "order by received_at, id").param(consultationId).withFetchSize(1000).query(this::map).stream();
    }

    /**
     * Who sent each response not hidden by a moderator ({@link Response#senderKey}), read through a database cursor:
     * for a consultation of any size. Call inside a transaction.
     */
    void visibleSenderKeys(long consultationId, java.util.function.Consumer<String> sink) {
        try (java.util.stream.Stream<String> keys = jdbc.sql("select organisation, name from consultation_response "
                        + "where consultation_id = ? and hidden_reason is null")
                .param(consultationId).withFetchSize(1000)
                .query((rs, n) -> Response.senderKey(rs.getString("organisation"), rs.getString("name"))).stream()) {
            keys.forEach(sink);
        }
    }

    /**
     * One page of the responses in the order they arrived; {@code visibleOnly} leaves out the hidden ones. The rows
     * before the page are skipped in the index alone (index-only scan of {@code (consultation_id, received_at, id)}),
     * and only the page's rows are read from the table: page 20,000 of a million responses in 0.15 s, not 2.3 s.
     */
    List<Response> page(long consultationId, boolean visibleOnly, int offset, int limit) {
        return withAttachments(jdbc.sql("select " + COLUMNS + " from consultation_response where id in (select id from "
                        + "consultation_response where consultation_id = ? " + (visibleOnly ? "and hidden_reason is null " : "")
                        + "order by received_at, id limit ? offset ?) order by received_at, id")
                .param(consultationId).param(limit).param(offset).query(this::map).list());
    }

    long countAnswered(long consultationId) {
        return jdbc.sql("select count(*) from consultation_response where consultation_id = ? and disposition is not null")
                .param(consultationId).query(Long.class).single();
    }

    long countVisible(long consultationId) {
        return jdbc.sql("select count(*) from consultation_response where consultation_id = ? and hidden_reason is null")
                .param(consultationId).query(Long.class).single();
    }

    long count(long consultationId) {
        return jdbc.sql("select count(*) from consultation_response where consultation_id = ?").param(consultationId)
                .query(Long.class).single();
    }

    /**
     * Responses whose disposition links to the commitment {@code plan/number}; the condition is written as the GIN
     * index {@code consultation_response_commitments_idx} is, so a commitment page does not scan every response.
     */
    List<Response> feeding(String reference) {
        return jdbc.sql("select " + COLUMNS + " from consultation_response where commitments is not null "
                + "and string_to_array(replace(commitments, ' ', ''), ',') @> array[cast(? as text)] order by received_at")
                .param(reference).query(this::map).list();
    }

    Optional<StoredAttachment> attachment(long id) {
        return jdbc.sql("select response_id, filename, media_type, content, withheld_reason is not null from consultation_attachment where id = ?")
                .param(id)
                .query((rs, i) -> new StoredAttachment((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getBoolean(5)))
                .optional();
    }

    /** Withholds an attachment of the response from the public ({@code reason} set) or releases it (null). */
    void withhold(UUID responseId, long attachmentId, String reason, String by) {
        jdbc.sql("update consultation_attachment set withheld_reason = ?, withheld_by = ?, withheld_at = "
                        + "case when ?::text is null then null else now() end where id = ? and response_id = ?")
                .params(reason, reason == null ? null : by, reason, attachmentId, responseId).update();
    }


    void redact(UUID id, String text, String by) {
        jdbc.sql("update consultation_response set redacted_body = ?, redacted_by = ? where id = ?").params(text, by, id).update();
    }

    void hide(UUID id, String reason) {
        jdbc.sql("update consultation_response set hidden_reason = ? where id = ?").params(reason, id).update();
    }

    void dispose(UUID id, String summary, Disposition d, String reason, String commitments) {
        jdbc.sql("update consultation_response set summary = ?, disposition = ?, disposition_reason = ?, commitments = ? where id = ?")
                .params(summary, d == null ? null : d.name(), reason, commitments, id).update();
    }

    Optional<UUID> byDeletionToken(String token) {
        return jdbc.sql("select id from consultation_response where deletion_token = ?").param(token).query(UUID.class).optional();
    }

    /** Erases the sender's personal data (and, on request, the text and attachments); the ledger row stays. */
    void anonymise(UUID id, Instant at, String replacementBody) {
        jdbc.sql("update consultation_response set name = null, email = null, consent_name = false, anonymised_at = ? where id = ?")
                .params(ts(at), id).update();
        if (replacementBody != null) {
            jdbc.sql("update consultation_response set organisation = null, body = ?, redacted_body = null, "
                    + "proposal_problem = null, proposal_what = null, proposal_contribution = null, proposal_relevance = null "
                    + "where id = ?").params(replacementBody, id).update();
            jdbc.sql("delete from consultation_attachment where response_id = ?").param(id).update();
        }
    }

    /**
     * Erases the names and e-mail addresses left in responses to consultations whose deadline passed before
     * {@code before}, in one statement (a consultation may have a million responses); returns how many per
     * consultation id.
     */
    Map<Long, Integer> erasePersonalDataOfClosedBefore(Instant before, Instant at) {
        return jdbc.sql("""
                with erased as (update consultation_response r set name = null, email = null, consent_name = false, anonymised_at = ?
                    from consultation c where c.id = r.consultation_id and c.deadline < ? and r.anonymised_at is null
                    and (r.name is not null or r.email is not null) returning r.consultation_id)
                select consultation_id, count(*) from erased group by consultation_id""")
                .params(ts(at), ts(before)).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<Response> withAttachments(List<Response> responses) {
        if (responses.isEmpty()) {
            return responses;
        }
        Map<UUID, List<Response.AttachmentInfo>> byResponse = jdbc.sql("select response_id, id, filename, media_type, size_bytes, withheld_reason "
                        + "from consultation_attachment where response_id = any(?) order by id")
                .param(responses.stream().map(Response::id).toArray(UUID[]::new))
                .query((rs, i) -> Map.entry((UUID) rs.getObject(1), new Response.AttachmentInfo(rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6)))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return responses.stream().map(r -> new Response(r.id(), r.consultationId(), r.kind(), r.name(), r.organisation(),
                r.email(), r.body(), r.proposal(), r.consentName(), r.lang(), r.receivedAt(), r.late(), r.redactedBody(),
                r.hiddenReason(), r.summary(), r.disposition(), r.dispositionReason(), r.commitments(), r.anonymisedAt(),
                byResponse.getOrDefault(r.id(), List.of()))).toList();
    }

    private Response map(ResultSet rs, int row) throws SQLException {
        String d = rs.getString("disposition");
        return new Response((UUID) rs.getObject("id"), rs.getLong("consultation_id"), ResponseKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("organisation"), rs.getString("email"), rs.getString("body"),
                new Response.Proposal(rs.getString("proposal_problem"), rs.getString("proposal_what"),
                        rs.getString("proposal_contribution"), rs.getString("proposal_relevance")),
                rs.getBoolean("consent_name"), rs.getString("lang"), instant(rs, "received_at"), rs.getBoolean("late"),
                rs.getString("redacted_body"), rs.getString("hidden_reason"), rs.getString("summary"),
                d == null ? null : Disposition.valueOf(d), rs.getString("disposition_reason"),
                Response.parseCommitments(rs.getString("commitments")), instant(rs, "anonymised_at"), List.of());
    }
}
