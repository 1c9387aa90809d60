-- Since V9_3 a commitment's tsvectors stay in its row, so a commitment's row stays over the TOAST threshold (2 kB)
-- whatever else is done to it, and PostgreSQL then moves every other text value longer than 24 bytes out of line:
-- among them the agency ("Digitaliseringsstyrelsen"). A search counts the agency facet over up to a thousand
-- matches, so a frequent word cost a thousand TOAST fetches (about 3,500 buffer reads, 3-4 ms of the search). The
-- short values a search reads for every match are kept in the row; their lengths are bounded (varchar), so a row
-- still fits a page. Only the record's rows are rewritten: a response's row is small, and its agency is empty.
ALTER TABLE search_entry
    ALTER COLUMN kind SET STORAGE PLAIN,
    ALTER COLUMN ref SET STORAGE PLAIN,
    ALTER COLUMN plan_slug SET STORAGE PLAIN,
    ALTER COLUMN agency SET STORAGE PLAIN,
    ALTER COLUMN completion SET STORAGE PLAIN,
    ALTER COLUMN path SET STORAGE PLAIN;
-- a new value (not the old TOAST pointer) so that the new storage applies; the tsvectors do not depend on these
-- columns and are not computed again
UPDATE search_entry SET agency = agency || '', path = path || '' WHERE kind <> 'response';
