package dk.planspor.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notification} table: what each subscriber is still to be told. */
@Repository
class Outbox {

    record Pending(long id, long subscriberId, String headline, String body, String link, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc, io.micrometer.core.instrument.MeterRegistry meters) {
        this.jdbc = jdbc;
        dk.planspor.platform.DatabaseGauges.count(meters, jdbc, "planspor.outbox.backlog", "Messages waiting in an outbox",
                "SELECT count(*) FROM notification WHERE sent_at IS NULL", "outbox", "notifications");
    }

    /** Adds a notification unless the subscriber already has one with this key (a retried event adds nothing). */
    boolean add(long subscriberId, String dedupeKey, String headline, String body, String link, Instant now) {
        return jdbc.sql("""
                INSERT INTO notification (subscriber_id, dedupe_key, headline, body, link, created_at)
                VALUES (:s, :k, :h, :b, :l, :now) ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
                """).param("s", subscriberId).param("k", dedupeKey).param("h", headline).param("b", body)
                .param("l", link).param("now", java.sql.Timestamp.from(now)).update() == 1;
    }

    /** Unsent notifications of active subscribers with the given delivery, oldest first, locked for this sender. */
    List<Pending> pending(Delivery delivery, int limit) {
        return jdbc.sql("""
                SELECT n.id, n.subscriber_id, n.headline, n.body, n.link, n.created_at
                FROM notification n JOIN subscriber s ON s.id = n.subscriber_id
                WHERE n.sent_at IS NULL AND s.unsubscribed_at IS NULL AND s.delivery = :d
                ORDER BY n.subscriber_id, n.id LIMIT :limit FOR UPDATE OF n SKIP LOCKED
                """).param("d", delivery.name()).param("limit", limit)
                .query((rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    void markSent(List<Long> ids, Instant now) {
        jdbc.sql("UPDATE notification SET sent_at = :now WHERE id = ANY(:ids)")
                .param("now", java.sql.Timestamp.from(now)).param("ids", ids.toArray(Long[]::new)).update();
    }

    /** Notifications of someone who unsubscribed are never sent. */
    void dropPending(long subscriberId) {
        jdbc.sql("DELETE FROM notification WHERE subscriber_id = :s AND sent_at IS NULL").param("s", subscriberId).update();
    }

    /** Records an owner reminder; false when the same reminder was sent before. */
    boolean remindOnce(long milestoneId, String kind, java.time.LocalDate endTo, String recipients, Instant now) {
        return jdbc.sql("""
                INSERT INTO owner_reminder (milestone_id, kind, end_to, recipients, sent_at) VALUES (:m, :k, :e, :r, :now)
                ON CONFLICT ON CONSTRAINT owner_reminder_once DO NOTHING
                """).param("m", milestoneId).param("k", kind).param("e", endTo).param("r", recipients)
                .param("now", java.sql.Timestamp.from(now)).update() == 1;
    }
}
