-- Receipt mails to send: one row per response with an e-mail address, written in the transaction that stores the
-- response, deleted when the receipt has been handed to the mail server. A failed send stays with a later due time.
-- (Replaces one Modulith event publication per response: an insert, two updates and two more transactions.)
create table consultation_receipt (
    response_id uuid primary key references consultation_response(id) on delete cascade,
    due_at      timestamptz not null default now(),
    attempts    integer not null default 0
);

-- Receipts still outstanding in the event publication registry from before this version are moved over.
do $$
begin
    if to_regclass('event_publication') is not null then
        insert into consultation_receipt (response_id)
            select (e.serialized_event::json ->> 'id')::uuid from event_publication e
            where e.event_type = 'dk.planspor.consultation.ResponseReceived' and e.completion_date is null
              and exists (select 1 from consultation_response r where r.id = (e.serialized_event::json ->> 'id')::uuid)
            on conflict do nothing;
        delete from event_publication where event_type = 'dk.planspor.consultation.ResponseReceived';
    end if;
end $$;
