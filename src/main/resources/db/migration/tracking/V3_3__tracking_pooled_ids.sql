-- Ids of adjustments are handed out by Hibernate in blocks of 50 (a pooled sequence, allocationSize 50), so an import's
-- inserts go to the database in JDBC batches instead of one round trip per row (OGP's sheet: thousands of
-- commitments); an IDENTITY insert also had to run at once and forced every other pending insert out with it.
-- Each identity column becomes a plain sequence of the same name, stepping 50: Hibernate's schema validation sees
-- it (it does not see identity sequences), rows inserted with SQL still take their id from it, and no id of a block
-- is handed out twice. setval to the highest id: Hibernate's first block then starts right after it.
alter table adjustment alter column id drop identity;
create sequence adjustment_id_seq increment by 50 owned by adjustment.id;
select setval('adjustment_id_seq', greatest(coalesce((select max(id) from adjustment), 0), 1));
alter table adjustment alter column id set default nextval('adjustment_id_seq');
