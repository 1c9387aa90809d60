package dk.planspor.plans.admin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.planspor.forum.OgpForum;
import dk.planspor.forum.MeetingDraft;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The forum's and library's write endpoints for {@link AuthorizationMatrixTest}: for each, a valid request, who may
 * use it, and what it changes (a snapshot of the rows it writes), so a refused request is seen to change nothing.
 */
final class ForumLibraryWrites {

    record Row(Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Set<AuthorizationMatrixTest.Who> allowed,
            Supplier<String> snapshot) {
    }

    private static final Set<AuthorizationMatrixTest.Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(AuthorizationMatrixTest.Who.ANONYMOUS));
    private static final Set<AuthorizationMatrixTest.Who> CHAIR = EnumSet.of(AuthorizationMatrixTest.Who.FORUM_CHAIR,
            AuthorizationMatrixTest.Who.COORDINATOR);
    private static final Set<AuthorizationMatrixTest.Who> MODERATOR = EnumSet.of(AuthorizationMatrixTest.Who.MODERATOR,
            AuthorizationMatrixTest.Who.COORDINATOR);
    private static final Set<AuthorizationMatrixTest.Who> COORDINATOR = EnumSet.of(AuthorizationMatrixTest.Who.COORDINATOR);

    private ForumLibraryWrites() {
    }

    static Map<String, Row> rows(OgpForum forum, Accounts accounts, JdbcClient jdbc) {
        PlansporUser chair = AdminFixture.principal(accounts, "chair@test.dk");
        PlansporUser borger = AdminFixture.principal(accounts, "borger@test.dk");
        Instant future = forum.now().plus(Duration.ofDays(90));
        long open = forum.schedule(new MeetingDraft(LocalizedText.of("Matrixmøde", null), null, future,
                future.plus(Duration.ofHours(2)), "Matrixvej 1", null, 100, future.minus(Duration.ofDays(1))), chair);
        Instant past = forum.now().minus(Duration.ofDays(90));
        long held = forum.schedule(new MeetingDraft(LocalizedText.of("Afholdt matrixmøde", null), null, past,
                past.plus(Duration.ofHours(2)), "Matrixvej 1", null, 100, past.minus(Duration.ofDays(1))), chair);
        long thread = forum.debate().startThread("plan:" + AuthorizationMatrixTest.SLUG, "Matrixtråd", "Tekst", borger);
        Map<String, Row> m = new LinkedHashMap<>();
        m.put("POST /{lang:da|en}/forum/meetings/{id:\\d+}/registration", new Row(
                () -> post("/da/forum/meetings/" + open + "/registration"), SIGNED_IN,
                count(jdbc, "select count(*) from forum_registration where meeting_id = " + open)));
        m.put("POST /{lang:da|en}/forum/meetings/{id:\\d+}/proposals", new Row(
                () -> post("/da/forum/meetings/" + open + "/proposals").param("title", "Matrixpunkt"), SIGNED_IN,
                count(jdbc, "select count(*) from forum_agenda_item where meeting_id = " + open)));
        m.put("POST /{lang:da|en}/admin/forum/meetings", new Row(() -> post("/da/admin/forum/meetings")
                .param("titleDa", "Nyt matrixmøde").param("date", "2031-05-01").param("from", "10:00").param("to", "12:00")
                .param("cutoff", "2031-04-20").param("place", "Matrixvej 2").param("capacity", "30"), CHAIR,
                count(jdbc, "select count(*) from forum_meeting")));
        m.put("POST /{lang:da|en}/admin/forum/meetings/{id:\\d+}/change", new Row(() -> post("/da/admin/forum/meetings/" + open + "/change")
                .param("titleDa", "Matrixmøde").param("date", "2031-05-02").param("from", "10:00").param("to", "12:00")
                .param("cutoff", "2031-04-20").param("place", "Matrixvej " + System.nanoTime()).param("capacity", "100")
                .param("reason", "Flyttet"), CHAIR, text(jdbc, "select place from forum_meeting where id = " + open)));
        m.put("POST /{lang:da|en}/admin/forum/meetings/{id:\\d+}/cancellation", new Row(() -> {
            long meeting = forum.schedule(new MeetingDraft(LocalizedText.of("Aflyses", null), null, future,
                    future.plus(Duration.ofHours(2)), "Matrixvej 1", null, 100, future.minus(Duration.ofDays(1))), chair);
            return post("/da/admin/forum/meetings/" + meeting + "/cancellation").param("reason", "Aflyst");
        }, CHAIR, count(jdbc, "select count(*) from forum_meeting where cancelled_at is not null")));
        m.put("POST /{lang:da|en}/admin/forum/items/{id:\\d+}/decision", new Row(() -> {
            long item = forum.propose(open, "Til beslutning", null, "da", borger);
            return post("/da/admin/forum/items/" + item + "/decision").param("meeting", "" + open).param("status", "ACCEPTED")
                    .param("reason", "Relevant");
        }, CHAIR, count(jdbc, "select count(*) from forum_agenda_item where meeting_id = " + open + " and status = 'ACCEPTED'")));
        m.put("POST /{lang:da|en}/admin/forum/meetings/{id:\\d+}/minutes", new Row(() -> post("/da/admin/forum/meetings/" + held + "/minutes")
                .param("summaryDa", "Resumé " + System.nanoTime()).param("decisions", "Besluttet").param("reason", "Rettelse"), CHAIR,
                text(jdbc, "select coalesce(max(summary_da), '') from forum_minutes where meeting_id = " + held)));
        m.put("POST /{lang:da|en}/debate/threads", new Row(() -> post("/da/debate/threads").param("subject", "plan:2017-2019")
                .param("title", "Ny tråd").param("body", "Indlæg"), SIGNED_IN, count(jdbc, "select count(*) from debate_thread")));
        m.put("POST /{lang:da|en}/debate/threads/{id:\\d+}/comments", new Row(() -> post("/da/debate/threads/" + thread + "/comments")
                .param("body", "Kommentar"), SIGNED_IN, count(jdbc, "select count(*) from debate_comment where thread_id = " + thread)));
        m.put("POST /{lang:da|en}/debate/{target:thread|comment}/{id:\\d+}/report", new Row(() -> post("/da/debate/thread/" + thread + "/report")
                .param("thread", "" + thread), SIGNED_IN,
                count(jdbc, "select count(*) from debate_report where target = 'thread' and target_id = " + thread)));
        m.put("POST /{lang:da|en}/admin/forum/moderation/{target:thread|comment}/{id:\\d+}", new Row(
                () -> post("/da/admin/forum/moderation/thread/" + thread).param("restore", "true").param("reason", "Gennemgået " + System.nanoTime()),
                MODERATOR, text(jdbc, "select coalesce(review_reason, '') from debate_thread where id = " + thread)));
        m.put("POST /{lang:da|en}/admin/library/documents", new Row(() -> multipart("/da/admin/library/documents")
                .file(new MockMultipartFile("fileDa", "matrix.txt", "text/plain", "Matrixdokument".getBytes()))
                .param("type", "OTHER").param("date", "2020-01-01").param("titleDa", "Matrixdokument"), COORDINATOR,
                count(jdbc, "select count(*) from library_document")));
        m.put("POST /{lang:da|en}/admin/library/news", new Row(() -> post("/da/admin/library/news").param("titleDa", "Matrixnyhed"),
                COORDINATOR, count(jdbc, "select count(*) from news_post")));
        return m;
    }

    private static Supplier<String> count(JdbcClient jdbc, String sql) {
        return () -> String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }

    private static Supplier<String> text(JdbcClient jdbc, String sql) {
        return () -> jdbc.sql(sql).query(String.class).single();
    }
}
