-- The chair may change a meeting (time, place, seats, cut-off, texts) or cancel it, each with a reason that the audit
-- keeps. The sequence counts the changes, as iCalendar's SEQUENCE, so that calendar programs replace the event
-- instead of keeping the old time. A registration remembers the page's language, for the mail about a change.
alter table forum_meeting
    add column sequence      int not null default 0,
    add column changed_at    timestamptz,
    add column cancelled_at  timestamptz,
    add column cancel_reason text,
    add constraint forum_meeting_cancel_reason check (cancelled_at is null or length(trim(cancel_reason)) > 0);

alter table forum_registration add column lang varchar(2) not null default 'da' check (lang in ('da', 'en'));
