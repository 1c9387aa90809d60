-- Ids of plans, themes, commitments, milestones and IRM reports are handed out by Hibernate in blocks of 50 (a pooled sequence, allocationSize 50), so an import's
-- inserts go to the database in JDBC batches instead of one round trip per row (OGP's sheet: thousands of
-- commitments); an IDENTITY insert also had to run at once and forced every other pending insert out with it.
-- Each identity column becomes a plain sequence of the same name, stepping 50: Hibernate's schema validation sees
-- it (it does not see identity sequences), rows inserted with SQL still take their id from it, and no id of a block
-- is handed out twice. setval to the highest id: Hibernate's first block then starts right after it.
alter table plan alter column id drop identity;
create sequence plan_id_seq increment by 50 owned by plan.id;
select setval('plan_id_seq', greatest(coalesce((select max(id) from plan), 0), 1));
alter table plan alter column id set default nextval('plan_id_seq');
alter table theme alter column id drop identity;
create sequence theme_id_seq increment by 50 owned by theme.id;
select setval('theme_id_seq', greatest(coalesce((select max(id) from theme), 0), 1));
alter table theme alter column id set default nextval('theme_id_seq');
alter table commitment alter column id drop identity;
create sequence commitment_id_seq increment by 50 owned by commitment.id;
select setval('commitment_id_seq', greatest(coalesce((select max(id) from commitment), 0), 1));
alter table commitment alter column id set default nextval('commitment_id_seq');
alter table milestone alter column id drop identity;
create sequence milestone_id_seq increment by 50 owned by milestone.id;
select setval('milestone_id_seq', greatest(coalesce((select max(id) from milestone), 0), 1));
alter table milestone alter column id set default nextval('milestone_id_seq');
alter table irm_report alter column id drop identity;
create sequence irm_report_id_seq increment by 50 owned by irm_report.id;
select setval('irm_report_id_seq', greatest(coalesce((select max(id) from irm_report), 0), 1));
alter table irm_report alter column id set default nextval('irm_report_id_seq');
