package dk.planspor.library;

import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.LocalizedText;
import dk.planspor.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** News posts (the coordinator writes them) and the IRM's recommendations with the government's responses. */
@Service
@Transactional(readOnly = true)
public class NewsDesk {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NewsDesk(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    private static NewsPost post(ResultSet rs, int n) throws SQLException {
        return new NewsPost(rs.getLong("id"), rs.getString("slug"), LocalizedText.of(rs.getString("title_da"), rs.getString("title_en")),
                LocalizedText.of(rs.getString("body_da"), rs.getString("body_en")), rs.getTimestamp("published_at").toInstant(),
                rs.getString("author"));
    }

    /** News, newest first. */
    public List<NewsPost> posts() {
        return jdbc.sql("select * from news_post order by published_at desc, id desc").query(NewsDesk::post).list();
    }

    public NewsPost post(String slug) {
        return jdbc.sql("select * from news_post where slug = ?").param(slug).query(NewsDesk::post).optional()
                .orElseThrow(() -> new NotFoundException("library.news.notFound", slug));
    }

    /**
     * The coordinator publishes a news post; a title in at least one language is needed.
     *
     * @throws AccessDeniedException unless the user is the coordinator
     */
    @Transactional
    public String publish(LocalizedText title, LocalizedText body, PlansporUser user) {
        if (user == null || !user.isCoordinator()) {
            throw new AccessDeniedException("Only the coordinator writes news");
        }
        if (title.isEmpty()) {
            throw new LibraryRefusal("library.news.refused.title");
        }
        String slug = insert(title, body, clock.instant(), user.displayName(), null);
        jdbc.sql("insert into library_audit(at, actor, action, subject, detail) values (?,?,?,?,?)")
                .params(java.sql.Timestamp.from(clock.instant()), user.getUsername(), "news.published", "news:" + slug,
                        title.da() != null ? title.da() : title.en()).update();
        events.publishEvent(new LibraryChanged("news:" + slug));
        return slug;
    }

    String insert(LocalizedText title, LocalizedText body, Instant at, String author, String seedKey) {
        String base = slug(at.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate() + " "
                + (title.da() != null ? title.da() : title.en()));
        String slug = base;
        for (int i = 2; jdbc.sql("select count(*) from news_post where slug = ?").param(slug).query(Integer.class).single() > 0; i++) {
            slug = base + "-" + i;
        }
        jdbc.sql("insert into news_post(slug, title_da, title_en, body_da, body_en, published_at, author, seed_key)"
                + " values (?,?,?,?,?,?,?,?)").params(slug, title.da(), title.en(), body.da(), body.en(),
                java.sql.Timestamp.from(at), author, seedKey).update();
        return slug;
    }

    boolean newsSeeded(String key) {
        return jdbc.sql("select count(*) from news_post where seed_key = ?").param(key).query(Integer.class).single() > 0;
    }

    static String slug(String text) {
        String s = Normalizer.normalize(text.toLowerCase().replace("æ", "ae").replace("ø", "oe").replace("å", "aa"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-$", "") : s;
    }

    // --- IRM recommendations --------------------------------------------------------------------------------------

    private static IrmRecommendation recommendation(ResultSet rs, int n) throws SQLException {
        String commitments = rs.getString("commitments");
        return new IrmRecommendation(rs.getLong("id"), rs.getString("plan_slug"), rs.getString("source_plan"), rs.getInt("number"),
                LocalizedText.of(rs.getString("text_da"), rs.getString("text_en")),
                LocalizedText.of(rs.getString("response_da"), rs.getString("response_en")),
                IrmRecommendation.Status.valueOf(rs.getString("status")),
                commitments == null || commitments.isBlank() ? List.of() : Arrays.asList(commitments.split("\\s*,\\s*")));
    }

    /** The IRM recommendations answered in a plan, in order. */
    public List<IrmRecommendation> recommendations(String planSlug) {
        return jdbc.sql("select * from irm_recommendation where plan_slug = ? order by number").param(planSlug)
                .query(NewsDesk::recommendation).list();
    }

    /** Every plan slug that has IRM recommendations, newest first. */
    public List<String> plansWithRecommendations() {
        return jdbc.sql("select distinct plan_slug from irm_recommendation order by plan_slug desc").query(String.class).list();
    }

    void seedRecommendation(String planSlug, String sourcePlan, int number, LocalizedText text, LocalizedText response,
            IrmRecommendation.Status status, List<String> commitments) {
        jdbc.sql("""
                insert into irm_recommendation(plan_slug, source_plan, number, text_da, text_en, response_da, response_en,
                    status, commitments) values (?,?,?,?,?,?,?,?,?) on conflict (plan_slug, number) do nothing""")
                .params(planSlug, sourcePlan, number, text.da(), text.en(), response.da(), response.en(), status.name(),
                        String.join(",", commitments)).update();
    }
}
