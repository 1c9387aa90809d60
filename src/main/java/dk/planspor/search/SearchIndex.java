package dk.planspor.search;

import java.util.Collection;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code search_entry} table: insert-or-update by (kind, ref), delete, count. */
@Repository
class SearchIndex {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    SearchIndex(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Insert or update by (kind, ref), but only when something differs: an unchanged entry is filtered out before the
     * insert, because PostgreSQL computes the generated tsvectors of a proposed row before it finds the conflict (for
     * 100,000 unchanged responses: 3 s this way, 12 s with a {@code WHERE} on the update, 24 s writing them all).
     */
    private static final String UPSERT = """
            INSERT INTO search_entry (kind, ref, plan_slug, agency, completion, year, title_da, title_en, body_da,
                                      body_en, context_da, context_en, path, dated_at, policy_areas, indexed_at)
            SELECT v.*, now() FROM (SELECT CAST(:kind AS varchar) AS kind, CAST(:ref AS varchar) AS ref,
                    CAST(:plan AS varchar) AS plan_slug, CAST(:agency AS varchar) AS agency,
                    CAST(:completion AS varchar) AS completion, CAST(:year AS integer) AS year,
                    CAST(:titleDa AS text) AS title_da, CAST(:titleEn AS text) AS title_en,
                    CAST(:bodyDa AS text) AS body_da, CAST(:bodyEn AS text) AS body_en,
                    CAST(:contextDa AS text) AS context_da, CAST(:contextEn AS text) AS context_en,
                    CAST(:path AS varchar) AS path, CAST(:datedAt AS timestamptz) AS dated_at,
                    string_to_array(CAST(:policyAreas AS text), ' ') AS policy_areas) v
            WHERE NOT EXISTS (SELECT 1 FROM search_entry e WHERE e.kind = v.kind AND e.ref = v.ref
                AND (e.plan_slug, e.agency, e.completion, e.year, e.title_da, e.title_en, e.body_da, e.body_en,
                     e.context_da, e.context_en, e.path, e.dated_at, e.policy_areas)
                    IS NOT DISTINCT FROM (v.plan_slug, v.agency, v.completion, v.year, v.title_da, v.title_en,
                     v.body_da, v.body_en, v.context_da, v.context_en, v.path, v.dated_at, v.policy_areas))
            ON CONFLICT (kind, ref) DO UPDATE SET plan_slug = excluded.plan_slug, agency = excluded.agency,
                completion = excluded.completion, year = excluded.year, title_da = excluded.title_da,
                title_en = excluded.title_en, body_da = excluded.body_da, body_en = excluded.body_en,
                context_da = excluded.context_da, context_en = excluded.context_en,
                path = excluded.path, dated_at = excluded.dated_at, policy_areas = excluded.policy_areas, indexed_at = now()
            """;
    /**
     * Holds, until the transaction ends, a PostgreSQL advisory lock on {@code subject}: index writes about one subject
     * (a commitment, a response, a whole source) run one after the other across every node, each reading the source
     * after the previous one committed, so the last write always carries the newest state. {@code shared} locks
     * let writes about different items of one source run together while a rebuild of that source (exclusive) waits.
     */
    void lock(String subject, boolean shared) {
        jdbc.sql(shared ? "SELECT pg_advisory_xact_lock_shared(hashtext(:s))" : "SELECT pg_advisory_xact_lock(hashtext(:s))")
                .param("s", "search:" + subject).query((rs, n) -> 1).list();
    }

    /** Entries written per statement batch by {@link #writer()}. */
    static final int BATCH = 500;

    /**
     * Inserts the entry or updates it by (kind, ref). An entry that has not changed is not written again: no new row
     * version, no new tsvectors, no index updates, and {@code indexed_at} keeps the time of the last real change.
     */
    @Transactional
    public void put(SearchEntry e) {
        jdbc.sql(UPSERT).paramSource(parameters(e)).update();
    }

    /**
     * A writer that sends entries to the database {@value #BATCH} at a time (one round trip per batch instead of one
     * per entry); close it to write the rest. Use it inside a transaction.
     */
    Writer writer() {
        return new Writer(false);
    }

    final class Writer implements java.util.function.Consumer<SearchEntry>, AutoCloseable {

        private final java.util.List<MapSqlParameterSource> pending = new java.util.ArrayList<>(BATCH);
        /** Whether each entry's (kind, ref) also goes to the temporary table {@code search_keep} (see {@link #sync}). */
        private final boolean remember;

        private Writer(boolean remember) {
            this.remember = remember;
        }

        @Override
        public void accept(SearchEntry e) {
            pending.add(parameters(e));
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        private void flush() {
            if (!pending.isEmpty()) {
                MapSqlParameterSource[] entries = pending.toArray(MapSqlParameterSource[]::new);
                batch.batchUpdate(UPSERT, entries);
                if (remember) {
                    batch.batchUpdate("INSERT INTO search_keep (kind, ref) VALUES (:kind, :ref) ON CONFLICT DO NOTHING", entries);
                }
                pending.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    /**
     * Makes the entries of {@code kinds} what {@code entries} hands to its consumer: writes those that are missing or
     * changed (an unchanged entry is not written again) and removes the others. The refs seen go to a temporary table,
     * not to memory: a consultation may have a million responses. Call inside a transaction.
     */
    void sync(Collection<String> kinds, java.util.function.Consumer<java.util.function.Consumer<SearchEntry>> entries) {
        createKeepTable();
        try (Writer writer = new Writer(true)) {
            entries.accept(writer);
        }
        deleteNotKept("e.kind = ANY(:kinds)", new MapSqlParameterSource("kinds", kinds.toArray(String[]::new)));
    }

    /** The temporary table of the (kind, ref) to keep, dropped by {@link #deleteNotKept} or at commit. */
    private void createKeepTable() {
        jdbc.sql("CREATE TEMPORARY TABLE IF NOT EXISTS search_keep (kind VARCHAR(32), ref VARCHAR(200), PRIMARY KEY (kind, ref)) "
                + "ON COMMIT DROP").update();
    }

    /** Deletes the entries that match {@code scope} and are not in the keep table; drops the table. */
    private void deleteNotKept(String scope, MapSqlParameterSource parameters) {
        batch.update("DELETE FROM search_entry e WHERE " + scope
                + " AND NOT EXISTS (SELECT 1 FROM search_keep k WHERE k.kind = e.kind AND k.ref = e.ref)", parameters);
        jdbc.sql("DROP TABLE search_keep").update();
    }

    private static MapSqlParameterSource parameters(SearchEntry e) {
        return new MapSqlParameterSource()
                .addValue("kind", e.kind()).addValue("ref", e.ref()).addValue("plan", e.planSlug()).addValue("agency", e.agency())
                .addValue("completion", e.completion()).addValue("titleDa", e.titleDa())
                .addValue("titleEn", e.titleEn()).addValue("bodyDa", e.bodyDa()).addValue("bodyEn", e.bodyEn())
                .addValue("contextDa", e.contextDa()).addValue("contextEn", e.contextEn())
                .addValue("path", e.path()).addValue("policyAreas", e.policyAreas())
                .addValue("datedAt", e.datedAt() == null ? null : java.sql.Timestamp.from(e.datedAt()), java.sql.Types.TIMESTAMP)
                .addValue("year", e.year(), java.sql.Types.INTEGER);
    }

    @Transactional
    public void remove(String kind, String ref) {
        jdbc.sql("DELETE FROM search_entry WHERE kind = :kind AND ref = :ref").param("kind", kind).param("ref", ref).update();
    }

    /** Removes the entries of {@code kind} whose ref starts with {@code prefix} and is not in {@code keep}. */
    @Transactional
    public void removeOthers(String kind, String prefix, Collection<String> keep) {
        jdbc.sql("DELETE FROM search_entry WHERE kind = :kind AND ref LIKE :prefix AND NOT (ref = ANY(:keep))")
                .param("kind", kind).param("prefix", like(prefix))
                .param("keep", keep.toArray(String[]::new))
                .update();
    }

    /**
     * Removes the entries of {@code kind} whose ref starts with {@code prefix} and is not among the refs that
     * {@code keep} hands to its consumer, which may be a million: they go to a temporary table in batches, not to
     * memory. Call inside a transaction.
     */
    void removeOthers(String kind, String prefix, java.util.function.Consumer<java.util.function.Consumer<String>> keep) {
        createKeepTable();
        java.util.List<String> pending = new java.util.ArrayList<>(BATCH);
        Runnable flush = () -> {
            batch.getJdbcTemplate().batchUpdate("INSERT INTO search_keep (kind, ref) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    pending, BATCH, (ps, ref) -> {
                        ps.setString(1, kind);
                        ps.setString(2, ref);
                    });
            pending.clear();
        };
        keep.accept(ref -> {
            pending.add(ref);
            if (pending.size() >= BATCH) {
                flush.run();
            }
        });
        flush.run();
        deleteNotKept("e.kind = :kind AND e.ref LIKE :prefix",
                new MapSqlParameterSource("kind", kind).addValue("prefix", like(prefix)));
    }

    long countWithPrefix(String kind, String prefix) {
        return jdbc.sql("SELECT count(*) FROM search_entry WHERE kind = :kind AND ref LIKE :prefix")
                .param("kind", kind).param("prefix", like(prefix)).query(Long.class).single();
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public long count(Collection<String> kinds) {
        return jdbc.sql("SELECT count(*) FROM search_entry WHERE kind = ANY(:kinds)")
                .param("kinds", kinds.toArray(String[]::new)).query(Long.class).single();
    }
}
