-- OGP's own identifiers: the action plan ID (AP_DNK01 …) and the commitment ID (DK0054 …), as OGP's commitments
-- data sheet and its commitment pages use them. A new installation gets Denmark's from seed/denmark.json; an
-- existing one gets the ones already known here.
alter table plan add column ogp_action_plan_id varchar(20);
alter table commitment add column ogp_id varchar(20);
create unique index plan_ogp_action_plan_id on plan (ogp_action_plan_id) where ogp_action_plan_id is not null;
create unique index commitment_ogp_id on commitment (ogp_id) where ogp_id is not null;

update plan set ogp_action_plan_id = 'AP_DNK01' where slug = '2012';
update commitment set ogp_id = 'DK0054'
 where number = '1.5' and plan_id = (select id from plan where slug = '2017-2019');
