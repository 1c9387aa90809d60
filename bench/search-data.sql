-- Data generator for bench/search.sh: 10,000 commitments (100 plans x 100, two milestones each) and 1,000,000
-- consultation responses, with text drawn from the words of Denmark's real OGP documents (table bench_vocab, loaded by
-- the script from the seed documents; earlier words are more frequent, roughly like real language).
-- The search index rows are written in the same statements, the way the search module writes them; a bulk load
-- bypasses the events that keep the index current in normal use.
-- psql variables: commitments_per_plan, plans, responses.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE vocab AS SELECT array_agg(w ORDER BY rank) AS a FROM bench_vocab;

-- n words; seed only makes each call depend on its row so the planner cannot evaluate it once
CREATE OR REPLACE FUNCTION pg_temp.words(n int, seed bigint) RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT string_agg(v.a[1 + floor(array_length(v.a, 1) * power(random(), 2.5))::int], ' ')
  FROM generate_series(1, n + (seed * 0)::int) g, vocab v
$$;

-- plans and commitments
INSERT INTO plan (slug, ordinal, title_da, title_en, period_from, period_to, state)
SELECT 'bench-' || lpad(p::text, 3, '0'), 1000 + p, 'Benchmarkplan ' || p, 'Benchmark plan ' || p,
       date '2000-01-01' + p * 30, date '2002-01-01' + p * 30, 'CLOSED'
FROM generate_series(1, :plans) p;

INSERT INTO commitment (plan_id, number, sort_key, title_da, title_en, template_problem_da, template_description_da,
                        results_da, period_text, lead_agency_id, completion)
SELECT pl.id, (c / 10 + 1) || '.' || (c % 10 + 1), c, pg_temp.words(6, c), pg_temp.words(6, -c),
       pg_temp.words(80, c), pg_temp.words(120, c), pg_temp.words(40, c), '2020 – 2022',
       (SELECT id FROM organisation ORDER BY id OFFSET (c % (SELECT count(*) FROM organisation)) LIMIT 1),
       (ARRAY['NOT_STARTED','LIMITED','SUBSTANTIAL','COMPLETED'])[1 + c % 4]
FROM plan pl CROSS JOIN generate_series(0, :commitments_per_plan - 1) c
WHERE pl.slug LIKE 'bench-%';

INSERT INTO milestone (commitment_id, position, title_da, title_en, start_text, start_from, start_to, end_text,
                       end_from, end_to, status_text, status)
SELECT c.id, m, pg_temp.words(8, c.id * 2 + m), NULL, '2021', date '2021-01-01', date '2021-12-31', '2022',
       date '2022-01-01', date '2022-12-31', 'I gang', 'IN_PROGRESS'
FROM commitment c JOIN plan p ON p.id = c.plan_id CROSS JOIN generate_series(0, 1) m
WHERE p.slug LIKE 'bench-%';

INSERT INTO search_entry (kind, ref, plan_slug, agency, completion, year, title_da, title_en, body_da, body_en, path)
SELECT 'commitment', p.slug || '/' || c.number, p.slug, o.name_da, c.completion, extract(year FROM p.period_from)::int,
       c.number || ' ' || c.title_da, c.number || ' ' || c.title_en,
       concat_ws(E'\n\n', c.template_problem_da, c.template_description_da, c.results_da), NULL,
       '/plans/' || p.slug || '/commitments/' || c.number
FROM commitment c JOIN plan p ON p.id = c.plan_id LEFT JOIN organisation o ON o.id = c.lead_agency_id
WHERE p.slug LIKE 'bench-%';

INSERT INTO search_entry (kind, ref, plan_slug, agency, year, title_da, title_en, body_da, body_en, context_da, path)
SELECT 'milestone', p.slug || '/' || c.number || '/' || m.id, p.slug, o.name_da, 2022, m.title_da, m.title_da,
       '2021 · 2022 · I gang', '2021 · 2022 · I gang', c.number || ' ' || c.title_da,
       '/plans/' || p.slug || '/commitments/' || c.number
FROM milestone m JOIN commitment c ON c.id = m.commitment_id JOIN plan p ON p.id = c.plan_id
LEFT JOIN organisation o ON o.id = c.lead_agency_id
WHERE p.slug LIKE 'bench-%';

-- one consultation with a million responses
INSERT INTO consultation (slug, kind, title_da, title_en, opens_at, deadline, published, plan_slug)
VALUES ('bench-hoering', 'CO_CREATION', 'Benchmarkhøring', 'Benchmark consultation', now() - interval '60 days',
        now() - interval '30 days', true, 'bench-001');

INSERT INTO consultation_response (id, consultation_id, idempotency_key, kind, name, organisation, email, body,
                                   consent_name, lang, received_at, deletion_token)
SELECT gen_random_uuid(), (SELECT id FROM consultation WHERE slug = 'bench-hoering'), 'bench-' || r,
       (ARRAY['IDEA','COMMENT','PROPOSAL'])[1 + r % 3], 'Afsender ' || r, NULL, 'afsender' || r || '@bench.test',
       pg_temp.words(30 + (r % 40), r), r % 2 = 0, 'da', now() - interval '45 days' + (r % 1000) * interval '1 minute',
       md5('bench' || r)
FROM generate_series(1, :responses) r;

INSERT INTO search_entry (kind, ref, plan_slug, year, title_da, title_en, body_da, path)
SELECT 'response', r.id::text, 'bench-001', extract(year FROM r.received_at)::int,
       'Høringssvar til Benchmarkhøring', 'Response to Benchmark consultation', r.body, '/consultations/bench-hoering'
FROM consultation_response r JOIN consultation c ON c.id = r.consultation_id WHERE c.slug = 'bench-hoering';

VACUUM ANALYZE plan;
VACUUM ANALYZE commitment;
VACUUM ANALYZE milestone;
VACUUM ANALYZE consultation_response;
VACUUM ANALYZE search_entry;
