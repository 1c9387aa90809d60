-- Data generator for bench/search.sh: 10,000 commitments (100 plans x 100, two milestones each) and 1,000,000
-- consultation responses, with text drawn from the words of Denmark's real OGP documents (table bench_vocab, loaded by
-- the script from the seed documents; earlier words are more frequent, roughly like real language).
-- Texts are made of random ten-word phrases from a pool of 20,000 (drawing every word per row is far too slow).
-- The search index rows are written in the same way the search module writes them; a bulk load bypasses the events
-- that keep the index current in normal use.
-- psql variables: commitments_per_plan, plans, responses.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';

CREATE TEMP TABLE vocab AS SELECT array_agg(w ORDER BY rank) AS a FROM bench_vocab;
CREATE TEMP TABLE phrase (id int PRIMARY KEY, p text);
INSERT INTO phrase
SELECT g, (SELECT string_agg(v.a[1 + floor(array_length(v.a, 1) * power(random(), 2.5))::int], ' ')
           FROM generate_series(1, 10 + (g * 0)) x, vocab v)
FROM generate_series(1, 20000) g;
ANALYZE phrase;

-- plans and commitments
INSERT INTO plan (slug, ordinal, title_da, title_en, period_from, period_to, state)
SELECT 'bench-' || lpad(p::text, 3, '0'), 1000 + p, 'Benchmarkplan ' || p, 'Benchmark plan ' || p,
       date '2000-01-01' + p * 30, date '2002-01-01' + p * 30, 'CLOSED'
FROM generate_series(1, :plans) p;

CREATE TEMP TABLE orgs AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM organisation;

INSERT INTO commitment (plan_id, number, sort_key, title_da, title_en, template_problem_da, template_description_da,
                        results_da, period_text, lead_agency_id, completion)
SELECT c.plan_id, (c.k / 10 + 1) || '.' || (c.k % 10 + 1), c.k, t.p, t.p,
       concat_ws(' ', a.p, b.p, d.p, e.p, f.p, g.p, h.p, i.p), concat_ws(' ', j.p, k.p, l.p, m.p, n.p, o.p, q.p, r.p, s.p, u.p),
       concat_ws(' ', v.p, w.p, x.p, y.p), '2020 – 2022',
       (SELECT id FROM orgs WHERE orgs.n = c.k % (SELECT count(*) FROM orgs)),
       (ARRAY['NOT_STARTED','LIMITED','SUBSTANTIAL','COMPLETED'])[1 + c.k % 4]
FROM (SELECT pl.id AS plan_id, k, (SELECT array_agg(1 + floor(random() * 20000)::int) FROM generate_series(1, 23 + (k * 0) + (pl.id * 0))) AS ix
      FROM plan pl CROSS JOIN generate_series(0, :commitments_per_plan - 1) k WHERE pl.slug LIKE 'bench-%') c
JOIN phrase t ON t.id = c.ix[1] JOIN phrase a ON a.id = c.ix[2] JOIN phrase b ON b.id = c.ix[3]
JOIN phrase d ON d.id = c.ix[4] JOIN phrase e ON e.id = c.ix[5] JOIN phrase f ON f.id = c.ix[6]
JOIN phrase g ON g.id = c.ix[7] JOIN phrase h ON h.id = c.ix[8] JOIN phrase i ON i.id = c.ix[9]
JOIN phrase j ON j.id = c.ix[10] JOIN phrase k ON k.id = c.ix[11] JOIN phrase l ON l.id = c.ix[12]
JOIN phrase m ON m.id = c.ix[13] JOIN phrase n ON n.id = c.ix[14] JOIN phrase o ON o.id = c.ix[15]
JOIN phrase q ON q.id = c.ix[16] JOIN phrase r ON r.id = c.ix[17] JOIN phrase s ON s.id = c.ix[18]
JOIN phrase u ON u.id = c.ix[19] JOIN phrase v ON v.id = c.ix[20] JOIN phrase w ON w.id = c.ix[21]
JOIN phrase x ON x.id = c.ix[22] JOIN phrase y ON y.id = c.ix[23];

INSERT INTO milestone (commitment_id, position, title_da, title_en, start_text, start_from, start_to, end_text,
                       end_from, end_to, status_text, status)
SELECT c.id, m, ph.p, NULL, '2021', date '2021-01-01', date '2021-12-31', '2022',
       date '2022-01-01', date '2022-12-31', 'I gang', 'IN_PROGRESS'
FROM commitment c JOIN plan p ON p.id = c.plan_id CROSS JOIN generate_series(0, 1) m
JOIN phrase ph ON ph.id = 1 + ((c.id * 7 + m * 13) % 20000)
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

-- one consultation with a million responses of 30-70 words, received one after another over its 30 days and stored
-- in the order they arrived, as the consultation module stores them (the newest responses, which a search for a
-- frequent word walks, lie together at the end of the tables)
INSERT INTO consultation (slug, kind, title_da, title_en, opens_at, deadline, published, plan_slug)
VALUES ('bench-hoering', 'CO_CREATION', 'Benchmarkhøring', 'Benchmark consultation', now() - interval '60 days',
        now() - interval '30 days', true, 'bench-001');

INSERT INTO consultation_response (id, consultation_id, idempotency_key, kind, name, organisation, email, body,
                                   consent_name, lang, received_at, deletion_token)
SELECT gen_random_uuid(), (SELECT id FROM consultation WHERE slug = 'bench-hoering'), 'bench-' || r.r,
       (ARRAY['IDEA','COMMENT','PROPOSAL'])[1 + r.r % 3], 'Afsender ' || r.r, NULL, 'afsender' || r.r || '@bench.test',
       concat_ws(' ', a.p, b.p, c.p, CASE WHEN r.r % 2 = 0 THEN d.p END, CASE WHEN r.r % 3 = 0 THEN e.p END,
                 CASE WHEN r.r % 5 = 0 THEN f.p END, CASE WHEN r.r % 7 = 0 THEN g.p END),
       r.r % 2 = 0, 'da', now() - interval '60 days' + (r.r::float8 / :responses) * interval '30 days', md5('bench' || r.r)
FROM (SELECT r, 1 + floor(random() * 20000)::int AS i1, 1 + floor(random() * 20000)::int AS i2,
             1 + floor(random() * 20000)::int AS i3, 1 + floor(random() * 20000)::int AS i4,
             1 + floor(random() * 20000)::int AS i5, 1 + floor(random() * 20000)::int AS i6,
             1 + floor(random() * 20000)::int AS i7
      FROM generate_series(1, :responses) r) r
JOIN phrase a ON a.id = r.i1 JOIN phrase b ON b.id = r.i2 JOIN phrase c ON c.id = r.i3 JOIN phrase d ON d.id = r.i4
JOIN phrase e ON e.id = r.i5 JOIN phrase f ON f.id = r.i6 JOIN phrase g ON g.id = r.i7
ORDER BY r.r;

-- the consultation's own entry too: the index must hold what the search module would write, or its start-up check
-- finds a different count and rebuilds a million entries
INSERT INTO search_entry (kind, ref, plan_slug, year, title_da, title_en, path)
SELECT 'consultation', slug, plan_slug, extract(year FROM deadline AT TIME ZONE 'Europe/Copenhagen')::int, title_da,
       title_en, '/consultations/' || slug
FROM consultation WHERE slug = 'bench-hoering';

INSERT INTO search_entry (kind, ref, plan_slug, year, title_da, title_en, body_da, context_da, context_en, path, dated_at)
SELECT 'response', 'bench-hoering/' || r.id, 'bench-001', extract(year FROM r.received_at)::int,
       'Høringssvar til Benchmarkhøring', 'Response to Benchmark consultation', r.body, 'Benchmarkhøring',
       'Benchmark consultation', '/consultations/bench-hoering#response-' || left(r.id::text, 8), r.received_at
FROM consultation_response r JOIN consultation c ON c.id = r.consultation_id WHERE c.slug = 'bench-hoering'
ORDER BY r.received_at;

VACUUM ANALYZE plan;
VACUUM ANALYZE commitment;
VACUUM ANALYZE milestone;
VACUUM ANALYZE consultation_response;
VACUUM ANALYZE search_entry;
