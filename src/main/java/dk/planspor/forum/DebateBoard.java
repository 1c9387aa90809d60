package dk.planspor.forum;

import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Debate threads and comments for signed-in users, under a plan, a commitment or a consultation. Allowed formatting
 * passes the OWASP HTML sanitiser. Reports from three different users hide a post until a moderator reviews it.
 */
@Service
@Transactional(readOnly = true)
public class DebateBoard {

    public static final int HIDE_AFTER_REPORTS = 3;
    private static final Pattern SUBJECT = Pattern.compile("(plan|commitment|consultation):[A-Za-z0-9._/-]{1,100}");

    /** Paragraphs, line breaks, emphasis, lists, quotes and links (http, https, mailto; rel=nofollow). */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "a")
            .allowUrlProtocols("https", "http", "mailto").allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks().toFactory();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ForumAudit audit;
    private final ApplicationEventPublisher events;

    DebateBoard(JdbcClient jdbc, Clock clock, ForumAudit audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** Sanitised HTML: text without tags becomes paragraphs; tags outside the allowed set are removed. */
    public static String sanitise(String input) {
        String text = input == null ? "" : input.strip();
        if (!text.contains("<")) {
            StringBuilder html = new StringBuilder();
            for (String para : text.split("\\R\\s*\\R")) {
                html.append("<p>").append(org.springframework.web.util.HtmlUtils.htmlEscape(para.strip())
                        .replaceAll("\\R", "<br>")).append("</p>");
            }
            text = html.toString();
        }
        return POLICY.sanitize(text);
    }

    public static boolean validSubject(String subject) {
        return subject != null && SUBJECT.matcher(subject).matches();
    }

    private static String reportsSince(String target) {
        return "(select count(*) from debate_report r where r.target = '" + target + "' and r.target_id = x.id"
                + " and (x.reviewed_at is null or r.reported_at > x.reviewed_at)) as reports";
    }

    private static DebatePost thread(ResultSet rs, int n) throws SQLException {
        return new DebatePost(rs.getLong("id"), null, rs.getString("subject"), rs.getString("title"), rs.getString("body_html"),
                rs.getString("author_name"), MeetingStore.instant(rs, "created_at"), rs.getBoolean("hidden"),
                rs.getString("reviewed"), rs.getString("review_reason"), rs.getInt("reports"));
    }

    private static DebatePost comment(ResultSet rs, int n) throws SQLException {
        return new DebatePost(rs.getLong("id"), rs.getLong("thread_id"), null, null, rs.getString("body_html"),
                rs.getString("author_name"), MeetingStore.instant(rs, "created_at"), rs.getBoolean("hidden"),
                rs.getString("reviewed"), rs.getString("review_reason"), rs.getInt("reports"));
    }

    /** The threads under a subject, newest first (hidden ones included; pages show them as hidden). */
    public List<DebatePost> threads(String subject) {
        return jdbc.sql("select x.*, " + reportsSince("thread") + " from debate_thread x where subject = ? order by created_at desc")
                .param(subject).query(DebateBoard::thread).list();
    }

    public DebatePost thread(long id) {
        return jdbc.sql("select x.*, " + reportsSince("thread") + " from debate_thread x where id = ?").param(id)
                .query(DebateBoard::thread).optional().orElseThrow(() -> new NotFoundException("forum.debate.notFound", id));
    }

    public List<DebatePost> comments(long threadId) {
        return jdbc.sql("select x.*, " + reportsSince("comment") + " from debate_comment x where thread_id = ? order by created_at, id")
                .param(threadId).query(DebateBoard::comment).list();
    }

    /** Hidden posts waiting for a moderator's review (not yet reviewed, or reported again after a review). */
    public List<DebatePost> awaitingReview() {
        List<DebatePost> out = new java.util.ArrayList<>(jdbc.sql("select x.*, " + reportsSince("thread")
                + " from debate_thread x where hidden and reviewed is null order by id").query(DebateBoard::thread).list());
        out.addAll(jdbc.sql("select x.*, " + reportsSince("comment")
                + " from debate_comment x where hidden and reviewed is null order by id").query(DebateBoard::comment).list());
        return out;
    }

    @Transactional
    public long startThread(String subject, String title, String body, PlansporUser user) {
        OgpForum.requireSignedIn(user);
        if (!validSubject(subject)) {
            throw new ForumRefusal("forum.debate.refused.subject");
        }
        if (title == null || title.isBlank() || sanitise(body).replaceAll("<[^>]*>", "").isBlank()) {
            throw new ForumRefusal("forum.debate.refused.empty");
        }
        long id = jdbc.sql("insert into debate_thread(subject, title, body_html, author_account, author_name, created_at)"
                + " values (?,?,?,?,?,?) returning id").params(subject, title.strip(), sanitise(body), user.getUsername(),
                user.displayName(), MeetingStore.ts(clock.instant())).query(Long.class).single();
        audit.record(user.getUsername(), "debate.thread", "thread:" + id, subject, null);
        events.publishEvent(new ForumChanged("thread:" + id));
        return id;
    }

    @Transactional
    public long comment(long threadId, String body, PlansporUser user) {
        OgpForum.requireSignedIn(user);
        DebatePost t = thread(threadId);
        if (t.hidden()) {
            throw new ForumRefusal("forum.debate.refused.hidden");
        }
        if (sanitise(body).replaceAll("<[^>]*>", "").isBlank()) {
            throw new ForumRefusal("forum.debate.refused.empty");
        }
        long id = jdbc.sql("insert into debate_comment(thread_id, body_html, author_account, author_name, created_at)"
                + " values (?,?,?,?,?) returning id").params(threadId, sanitise(body), user.getUsername(), user.displayName(),
                MeetingStore.ts(clock.instant())).query(Long.class).single();
        audit.record(user.getUsername(), "debate.comment", "thread:" + threadId, "comment " + id, null);
        events.publishEvent(new ForumChanged("thread:" + threadId));
        return id;
    }

    /**
     * A signed-in user reports a thread or comment (once per user). From the third report by different users since
     * the last review, the post is hidden until a moderator reviews it. Returns whether the post is now hidden.
     */
    @Transactional
    public boolean report(String target, long id, String reason, PlansporUser user) {
        OgpForum.requireSignedIn(user);
        String table = table(target);
        jdbc.sql("select id from " + table + " where id = ? for update").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("forum.debate.notFound", id));
        jdbc.sql("insert into debate_report(target, target_id, account, reason, reported_at) values (?,?,?,?,?)"
                + " on conflict (target, target_id, account) do update set reason = excluded.reason,"
                + " reported_at = excluded.reported_at").params(target, id, user.getUsername(), OgpForum.blankToNull(reason),
                MeetingStore.ts(clock.instant())).update();
        audit.record(user.getUsername(), "debate.reported", target + ":" + id, null, OgpForum.blankToNull(reason));
        int reports = jdbc.sql("select " + reportsSince(target) + " from " + table + " x where id = ?").param(id)
                .query(Integer.class).single();
        boolean hidden = jdbc.sql("select hidden from " + table + " where id = ?").param(id).query(Boolean.class).single();
        if (!hidden && reports >= HIDE_AFTER_REPORTS) {
            jdbc.sql("update " + table + " set hidden = true, reviewed = null where id = ?").param(id).update();
            audit.record("Planspor", "debate.autoHidden", target + ":" + id, reports + " reports", null);
            events.publishEvent(new ForumChanged(target + ":" + id));
            return true;
        }
        return hidden;
    }

    /** A moderator restores a hidden post or keeps it hidden, with a reason. */
    @Transactional
    public void review(String target, long id, boolean restore, String reason, PlansporUser user) {
        OgpForum.requireSignedIn(user);
        if (!user.has(Role.MODERATOR) && !user.isCoordinator()) {
            throw new AccessDeniedException("Only moderators review reported posts");
        }
        if (reason == null || reason.isBlank()) {
            throw new ForumRefusal("forum.review.refused.reason");
        }
        int n = jdbc.sql("update " + table(target) + " set hidden = ?, reviewed = ?, review_reason = ?, reviewed_by = ?,"
                + " reviewed_at = ? where id = ?").params(!restore, restore ? "RESTORED" : "KEPT_HIDDEN", reason.strip(),
                user.displayName(), MeetingStore.ts(clock.instant()), id).update();
        if (n == 0) {
            throw new NotFoundException("forum.debate.notFound", id);
        }
        audit.record(user.getUsername(), restore ? "debate.restored" : "debate.keptHidden", target + ":" + id, null,
                reason.strip());
        events.publishEvent(new ForumChanged(target + ":" + id));
    }

    private static String table(String target) {
        return switch (target) {
            case "thread" -> "debate_thread";
            case "comment" -> "debate_comment";
            default -> throw new NotFoundException("forum.debate.notFound", target);
        };
    }
}
