-- A signed-in user who follows something, with how they want their mail and the token of the one-click unsubscribe.
CREATE TABLE subscriber (
    id                BIGSERIAL PRIMARY KEY,
    account_id        BIGINT       NOT NULL UNIQUE,
    email             VARCHAR(320) NOT NULL,
    lang              VARCHAR(2)   NOT NULL DEFAULT 'da',
    delivery          VARCHAR(16)  NOT NULL DEFAULT 'IMMEDIATE',
    unsubscribe_token VARCHAR(64)  NOT NULL UNIQUE,
    unsubscribed_at   TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL
);

-- What a subscriber follows: a plan (slug), a commitment (slug/number), a consultation (slug) or the OGP network.
CREATE TABLE follow (
    id            BIGSERIAL PRIMARY KEY,
    subscriber_id BIGINT       NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
    subject_kind  VARCHAR(16)  NOT NULL,
    subject_key   VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT follow_once UNIQUE (subscriber_id, subject_kind, subject_key)
);
CREATE INDEX follow_subject ON follow (subject_kind, subject_key);

-- The outbox of notification mails. The dedupe key makes a retried event add nothing; sent_at marks delivery.
CREATE TABLE notification (
    id            BIGSERIAL PRIMARY KEY,
    subscriber_id BIGINT       NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
    dedupe_key    VARCHAR(200) NOT NULL,
    headline      TEXT         NOT NULL,
    body          TEXT         NOT NULL,
    link          VARCHAR(600) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    sent_at       TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (subscriber_id, dedupe_key)
);
CREATE INDEX notification_pending ON notification (subscriber_id) WHERE sent_at IS NULL;

-- Reminders to the agencies that own a commitment: one per milestone, kind and end date, so a rescheduled
-- milestone can be reminded again but the same reminder is never sent twice.
CREATE TABLE owner_reminder (
    id           BIGSERIAL PRIMARY KEY,
    milestone_id BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    end_to       DATE        NOT NULL,
    recipients   TEXT        NOT NULL,
    sent_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT owner_reminder_once UNIQUE (milestone_id, kind, end_to)
);
