package dk.planspor.search;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code search_entry} table: insert-or-update by (kind, ref), delete, count. */
@Repository
class SearchIndex {

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void put(SearchEntry e) {
        jdbc.sql("""
                INSERT INTO search_entry (kind, ref, plan_slug, agency, completion, year, title_da, title_en, body_da,
                                          body_en, context_da, context_en, path, dated_at, indexed_at)
                VALUES (:kind, :ref, :plan, :agency, :completion, :year, :titleDa, :titleEn, :bodyDa, :bodyEn,
                        :contextDa, :contextEn, :path, :datedAt, now())
                ON CONFLICT (kind, ref) DO UPDATE SET plan_slug = excluded.plan_slug, agency = excluded.agency,
                    completion = excluded.completion, year = excluded.year, title_da = excluded.title_da,
                    title_en = excluded.title_en, body_da = excluded.body_da, body_en = excluded.body_en,
                    context_da = excluded.context_da, context_en = excluded.context_en,
                    path = excluded.path, dated_at = excluded.dated_at, indexed_at = now()
                """)
                .param("kind", e.kind()).param("ref", e.ref()).param("plan", e.planSlug()).param("agency", e.agency())
                .param("completion", e.completion()).param("year", e.year()).param("titleDa", e.titleDa())
                .param("titleEn", e.titleEn()).param("bodyDa", e.bodyDa()).param("bodyEn", e.bodyEn())
                .param("contextDa", e.contextDa()).param("contextEn", e.contextEn())
                .param("path", e.path())
                .param("datedAt", e.datedAt() == null ? null : java.sql.Timestamp.from(e.datedAt()))
                .update();
    }

    @Transactional
    public void remove(String kind, String ref) {
        jdbc.sql("DELETE FROM search_entry WHERE kind = :kind AND ref = :ref").param("kind", kind).param("ref", ref).update();
    }

    /** Removes the entries of {@code kind} whose ref starts with {@code prefix} and is not in {@code keep}. */
    @Transactional
    public void removeOthers(String kind, String prefix, Collection<String> keep) {
        jdbc.sql("DELETE FROM search_entry WHERE kind = :kind AND ref LIKE :prefix AND NOT (ref = ANY(:keep))")
                .param("kind", kind).param("prefix", prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .param("keep", keep.toArray(String[]::new))
                .update();
    }

    @Transactional
    public void removeKinds(Collection<String> kinds) {
        jdbc.sql("DELETE FROM search_entry WHERE kind = ANY(:kinds)").param("kinds", kinds.toArray(String[]::new)).update();
    }

    public long count(Collection<String> kinds) {
        return jdbc.sql("SELECT count(*) FROM search_entry WHERE kind = ANY(:kinds)")
                .param("kinds", kinds.toArray(String[]::new)).query(Long.class).single();
    }
}
