-- An upload of OGP's commitments data sheet keeps the member whose rows it takes (null: a plan document).
alter table import_upload add column ogp_member varchar(10);
