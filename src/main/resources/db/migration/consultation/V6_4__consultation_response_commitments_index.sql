-- Every commitment page lists the responses whose disposition feeds the commitment ("2017-2019/1.5" in the
-- comma-separated commitments column). That was a scan of every response: 340 ms per page view with a million
-- responses. A GIN index of the references (only responses that have any) answers it in under a millisecond.
CREATE INDEX consultation_response_commitments_idx ON consultation_response
    USING GIN ((string_to_array(replace(commitments, ' ', ''), ',')))
    WHERE commitments IS NOT NULL;
