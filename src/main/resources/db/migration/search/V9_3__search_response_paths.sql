-- A million consultation responses: a frequent word matches hundreds of thousands of them, and a GIN bitmap scan
-- cannot stop early (it builds the whole bitmap first). Responses therefore get a date (when the response was
-- received) and a btree on it, so the search can walk the newest responses and stop once it has enough matches;
-- rare words still use a GIN index, now one of the responses only. Every search splits record and responses, so the
-- indexes over all rows are no longer used.
ALTER TABLE search_entry ADD COLUMN dated_at TIMESTAMPTZ;
UPDATE search_entry SET dated_at = indexed_at WHERE kind = 'response';
DROP INDEX search_entry_tsv_da;
DROP INDEX search_entry_tsv_en;
CREATE INDEX search_entry_response_tsv_da ON search_entry USING GIN (tsv_da) WHERE kind = 'response';
CREATE INDEX search_entry_response_tsv_en ON search_entry USING GIN (tsv_en) WHERE kind = 'response';
CREATE INDEX search_entry_response_dated ON search_entry (dated_at DESC, id DESC) WHERE kind = 'response';
CREATE INDEX search_entry_response_plan_dated ON search_entry (plan_slug, dated_at DESC, id DESC) WHERE kind = 'response';
-- A commitment's tsvector (~3 kB) was stored out of line (TOAST), so every ranked or rechecked match cost an extra
-- TOAST fetch; kept in the row it is read with the row. Rewrites the record's rows (small) so they take the new storage.
ALTER TABLE search_entry ALTER COLUMN tsv_da SET STORAGE MAIN, ALTER COLUMN tsv_en SET STORAGE MAIN;
UPDATE search_entry SET kind = kind WHERE kind <> 'response';
