package dk.planspor.library;

import dk.planspor.identity.PlansporUser;
import dk.planspor.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library module's facade: the document bank (file in {@link FileStorage}, text extracted and indexed with the
 * {@code danish} or {@code english} full-text configuration by the document's language), news and IRM
 * recommendations (delegated to {@link NewsDesk}). Only the coordinator files documents and writes news.
 */
@Service
@Transactional(readOnly = true)
public class DocumentBank {

    private static final String COLUMNS = "id, doc_type, title, doc_date, lang, plan_slug, counterpart_id, file_name,"
            + " media_type, size_bytes";

    private final JdbcClient jdbc;
    private final FileStorage files;
    private final TextExtraction text;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final NewsDesk news;

    DocumentBank(JdbcClient jdbc, FileStorage files, TextExtraction text, Clock clock, ApplicationEventPublisher events,
            NewsDesk news) {
        this.jdbc = jdbc;
        this.files = files;
        this.text = text;
        this.clock = clock;
        this.events = events;
        this.news = news;
    }

    public NewsDesk news() {
        return news;
    }

    private static LibraryDocument row(ResultSet rs, int n) throws SQLException {
        return new LibraryDocument(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")), rs.getString("title"),
                rs.getObject("doc_date", java.time.LocalDate.class), rs.getString("lang"), rs.getString("plan_slug"),
                (Long) rs.getObject("counterpart_id"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getString("excerpt"));
    }

    /** All documents, newest first. */
    public List<LibraryDocument> documents() {
        return jdbc.sql("select " + COLUMNS + ", null as excerpt from library_document order by doc_date desc, id desc")
                .query(DocumentBank::row).list();
    }

    /**
     * Documents that contain the words of {@code query} (PostgreSQL full text, web-search syntax), best match first,
     * each with an excerpt around the match. Danish and English stemming are both tried, and the words as written.
     */
    public List<LibraryDocument> search(String query) {
        if (query == null || query.isBlank()) {
            return documents();
        }
        String q = "(websearch_to_tsquery('danish', :q) || websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))";
        return jdbc.sql("select " + COLUMNS + ", ts_headline(case lang when 'en' then 'english'::regconfig else 'danish'::regconfig end,"
                        + " coalesce(body_text, ''), " + q + ", 'MaxWords=25, MinWords=10, StartSel=\"\", StopSel=\"\"') as excerpt"
                        + " from library_document where search @@ " + q + " order by ts_rank(search, " + q + ") desc, doc_date desc")
                .param("q", query.strip()).query(DocumentBank::row).list();
    }

    public LibraryDocument document(long id) {
        return jdbc.sql("select " + COLUMNS + ", null as excerpt from library_document where id = ?").param(id)
                .query(DocumentBank::row).optional().orElseThrow(() -> new NotFoundException("library.document.notFound", id));
    }

    /** The text extracted from a document's file (empty when none could be read), for the platform-wide search. */
    public String text(long id) {
        return jdbc.sql("select coalesce(body_text, '') from library_document where id = ?").param(id).query(String.class)
                .optional().orElse("");
    }

    /** The stored file of a document. */
    public byte[] file(long id) {
        long fileId = jdbc.sql("select file_id from library_document where id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("library.document.notFound", id));
        return files.load(fileId).orElseThrow(() -> new NotFoundException("library.document.notFound", id));
    }

    /**
     * The coordinator files a document, or a DA/EN pair (either may be {@code null}, not both); the two are linked as
     * each other's counterpart. Returns the ids filed.
     *
     * @throws AccessDeniedException unless the user is the coordinator
     * @throws LibraryRefusal when a file cannot be read
     */
    @Transactional
    public List<Long> upload(DocumentUpload da, DocumentUpload en, PlansporUser user) {
        if (user == null || !user.isCoordinator()) {
            throw new AccessDeniedException("Only the coordinator files documents");
        }
        return filePair(da, en, user.getUsername(), null);
    }

    /**
     * Files a published document pair on behalf of another module (for example the assessment module's published
     * report, in Danish and English). {@code sourceKey} makes it idempotent: filing the same key again changes nothing
     * and returns the ids filed before.
     */
    @Transactional
    public List<Long> filePublishedPair(DocumentUpload da, DocumentUpload en, String actor, String sourceKey) {
        return filePair(da, en, actor, sourceKey);
    }

    private List<Long> filePair(DocumentUpload da, DocumentUpload en, String actor, String sourceKey) {
        if (da == null && en == null) {
            throw new LibraryRefusal("library.upload.refused.missing");
        }
        if (sourceKey != null) {
            List<Long> existing = jdbc.sql("select id from library_document where seed_key in (?, ?) order by lang")
                    .params(sourceKey + ":da", sourceKey + ":en").query(Long.class).list();
            if (!existing.isEmpty()) {
                return existing;
            }
        }
        Long daId = da == null ? null : insert(da, actor, sourceKey == null ? null : sourceKey + ":da");
        Long enId = en == null ? null : insert(en, actor, sourceKey == null ? null : sourceKey + ":en");
        if (daId != null && enId != null) {
            link(daId, enId);
        }
        List<Long> ids = java.util.stream.Stream.of(daId, enId).filter(java.util.Objects::nonNull).toList();
        for (Long id : ids) {
            audit(actor, "document.filed", "document:" + id, document(id).title(), null);
        }
        events.publishEvent(new LibraryChanged("documents"));
        return ids;
    }

    /** Links two documents as each other's counterpart in the other language. */
    @Transactional
    public void link(long daId, long enId) {
        jdbc.sql("update library_document set counterpart_id = ? where id = ?").params(enId, daId).update();
        jdbc.sql("update library_document set counterpart_id = ? where id = ?").params(daId, enId).update();
    }

    private long insert(DocumentUpload d, String actor, String seedKey) {
        String body = text.extract(d.bytes(), d.mediaType(), d.fileName()).replace('\u0000', ' ');
        long fileId = files.store(d.bytes());
        String cfg = "en".equals(d.lang()) ? "english" : "danish";
        return jdbc.sql("""
                insert into library_document(doc_type, title, doc_date, lang, plan_slug, file_id, file_name, media_type,
                    size_bytes, body_text, search, seed_key, created_by, created_at)
                values (:type, :title, :date, :lang, :plan, :file, :name, :media, :size, :body,
                    setweight(to_tsvector(cast(:cfg as regconfig), :title), 'A') || to_tsvector(cast(:cfg as regconfig), :body),
                    :seed, :actor, :now) returning id""")
                .param("type", d.type().name()).param("title", d.title().strip()).param("date", d.date())
                .param("lang", d.lang()).param("plan", d.planSlug()).param("file", fileId)
                .param("name", d.fileName() == null ? "document" : d.fileName())
                .param("media", d.mediaType() == null ? "application/octet-stream" : d.mediaType())
                .param("size", (long) d.bytes().length).param("body", body).param("cfg", cfg).param("seed", seedKey)
                .param("actor", actor).param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
    }

    boolean seeded(String seedKey) {
        return jdbc.sql("select count(*) from library_document where seed_key = ?").param(seedKey).query(Integer.class).single() > 0;
    }

    Optional<Long> bySeedKey(String seedKey) {
        return jdbc.sql("select id from library_document where seed_key = ?").param(seedKey).query(Long.class).optional();
    }

    long seed(DocumentUpload d, String seedKey) {
        return bySeedKey(seedKey).orElseGet(() -> insert(d, "Planspor (første start)", seedKey));
    }

    void audit(String actor, String action, String subject, String detail, String reason) {
        jdbc.sql("insert into library_audit(at, actor, action, subject, detail, reason) values (?,?,?,?,?,?)")
                .params(java.sql.Timestamp.from(clock.instant()), actor, action, subject, detail, reason).update();
    }
}
