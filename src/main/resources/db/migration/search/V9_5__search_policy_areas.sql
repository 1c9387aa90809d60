-- OGP's policy areas of a commitment, a search facet (issue 18). Filled when a commitment is indexed; null for
-- everything else. Kept in the row like the other facets (a short array of codes).
ALTER TABLE search_entry ADD COLUMN policy_areas text[];
ALTER TABLE search_entry ALTER COLUMN policy_areas SET STORAGE PLAIN;
