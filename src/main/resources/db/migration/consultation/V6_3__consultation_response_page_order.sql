-- The pages of a consultation's responses (50 each, in the order they arrived) are read with OFFSET. For a deep page
-- of a consultation with a million responses PostgreSQL fetched every skipped row from the table to check
-- hidden_reason: page 20,000 took 2.3 s, and anyone can ask for it. With the page order and the id in the index, and
-- a partial index of the responses the public sees, the rows to skip are counted in the index alone (index-only
-- scan); only the 50 rows shown are read from the table (ResponseStore.page): 145 ms for page 20,000.
DROP INDEX consultation_response_consultation_idx;
CREATE INDEX consultation_response_consultation_idx ON consultation_response (consultation_id, received_at, id);
CREATE INDEX consultation_response_visible_idx ON consultation_response (consultation_id, received_at, id)
    WHERE hidden_reason IS NULL;
