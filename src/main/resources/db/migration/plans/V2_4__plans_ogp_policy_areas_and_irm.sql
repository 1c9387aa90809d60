-- OGP's classification of a commitment (policy areas and the four OGP values, as OGP's commitments data sheet has
-- them) and the IRM's findings per IRM report. The IRM's findings stand beside the government's own completion
-- (commitment.completion) and never overwrite it.
alter table commitment add column policy_areas text[] not null default '{}';
alter table commitment add column ogp_values text[] not null default '{}';
create index commitment_policy_areas on commitment using gin (policy_areas);

-- One IRM report on one plan: design report (action plan review, progress report) or results report
-- (implementation, end-of-term). The figures are the ones the report states for the whole plan; they are kept
-- because the IRM's per-commitment codings are not always public.
create table irm_report (
    id bigint generated always as identity primary key,
    plan_id bigint not null references plan (id),
    kind varchar(20) not null,
    name varchar(300) not null,
    published_on date,
    publication_year int,
    url varchar(1000),
    commitments_assessed int,
    complete int,
    substantial_or_complete int,
    starred int,
    relevant int,
    transformative int,
    public_influence varchar(40),
    source text,
    created_at timestamptz not null default now(),
    unique (plan_id, kind, name)
);

-- One coded indicator of one commitment in one IRM report, its value exactly as OGP writes it (ND = no data,
-- NR = not reviewed included). Ids come from a sequence in steps of 50, so an import of OGP's sheet inserts its
-- findings in JDBC batches.
create sequence irm_finding_seq increment by 50;
create table irm_finding (
    id bigint primary key default nextval('irm_finding_seq'),
    report_id bigint not null references irm_report (id) on delete cascade,
    commitment_id bigint not null references commitment (id) on delete cascade,
    indicator varchar(40) not null,
    value varchar(80) not null,
    unique (report_id, commitment_id, indicator)
);
create index irm_finding_commitment on irm_finding (commitment_id);

-- OGP's "No evidence available" is a completion level too.
alter table commitment drop constraint if exists commitment_completion_check;
alter table commitment add constraint commitment_completion_check
    check (completion in ('NOT_STARTED','LIMITED','SUBSTANTIAL','COMPLETED','NO_EVIDENCE'));
