package dk.planspor.forum;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes who did what, when and why in the forum, in the same transaction as the change. */
@Component
class ForumAudit {

    private final JdbcClient jdbc;
    private final Clock clock;

    ForumAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String actor, String action, String subject, String detail, String reason) {
        jdbc.sql("insert into forum_audit(at, actor, action, subject, detail, reason) values (?,?,?,?,?,?)")
                .params(java.sql.Timestamp.from(clock.instant()), actor, action, subject, detail, reason).update();
    }

    /** The audit entries about {@code subject}, newest first: actor, action, detail, reason. */
    java.util.List<String> entries(String subject) {
        return jdbc.sql("select actor || ' ' || action || coalesce(' ' || detail, '') || coalesce(' (' || reason || ')', '')"
                + " from forum_audit where subject = ? order by id desc").param(subject).query(String.class).list();
    }
}
