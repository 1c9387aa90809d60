-- plans: when a commitment was last changed by staff (milestone edits move its version on too)
alter table commitment add column last_changed_at timestamptz;
