-- A moderator can withhold an attachment from the public (it holds personal data, or is abusive), with a reason; the
-- file stays for staff and the consultation's log says who did it and why. A blank reason releases it again.
ALTER TABLE consultation_attachment
    ADD COLUMN withheld_reason text,
    ADD COLUMN withheld_by varchar(200),
    ADD COLUMN withheld_at timestamptz;
