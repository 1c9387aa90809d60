-- One row per findable thing (commitment, milestone, consultation, response, document, news post, meeting).
-- The tsvectors are generated from the texts, weighted title A and body B, with the danish and english
-- configurations (context, such as the commitment a milestone belongs to, weighs C), so "handlingsplan" finds "handlingsplaner". Kept current by the search module's listeners.
CREATE TABLE search_entry (
    id          BIGSERIAL PRIMARY KEY,
    kind        VARCHAR(32)  NOT NULL,
    ref         VARCHAR(200) NOT NULL,
    plan_slug   VARCHAR(64),
    agency      VARCHAR(300),
    completion  VARCHAR(32),
    year        INTEGER,
    title_da    TEXT,
    title_en    TEXT,
    body_da     TEXT,
    body_en     TEXT,
    context_da  TEXT,
    context_en  TEXT,
    path        VARCHAR(500) NOT NULL,
    indexed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    tsv_da      TSVECTOR GENERATED ALWAYS AS (
                    setweight(to_tsvector('danish', coalesce(title_da, '')), 'A')
                    || setweight(to_tsvector('danish', coalesce(body_da, '')), 'B')
                    || setweight(to_tsvector('danish', coalesce(context_da, '')), 'C')) STORED,
    tsv_en      TSVECTOR GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
                    || setweight(to_tsvector('english', coalesce(body_en, '')), 'B')
                    || setweight(to_tsvector('english', coalesce(context_en, '')), 'C')) STORED,
    CONSTRAINT search_entry_kind_ref UNIQUE (kind, ref)
);
CREATE INDEX search_entry_tsv_da ON search_entry USING GIN (tsv_da);
CREATE INDEX search_entry_tsv_en ON search_entry USING GIN (tsv_en);
