-- Responses can number in the millions while the record itself (commitments, milestones, documents, news, meetings)
-- stays small: separate indexes for the record let a search over it stay cheap however many responses match.
CREATE INDEX search_entry_record_tsv_da ON search_entry USING GIN (tsv_da) WHERE kind <> 'response';
CREATE INDEX search_entry_record_tsv_en ON search_entry USING GIN (tsv_en) WHERE kind <> 'response';
