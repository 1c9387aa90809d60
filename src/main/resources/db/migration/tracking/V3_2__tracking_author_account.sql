-- tracking: the account behind each change, kept for the audit (the public pages show the name only)
alter table adjustment add column author_account text;
