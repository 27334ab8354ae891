-- The campaign store, version 1. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Codes are stable strings (never enum ordinals); instants are TIMESTAMP WITH TIME ZONE.

-- One collective campaign. Holds no personal data.
CREATE TABLE campaigns (
  id VARCHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  policy VARCHAR(64),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The waves of a campaign: the days its requests are submitted.
CREATE TABLE waves (
  campaign_id VARCHAR(64) NOT NULL REFERENCES campaigns (id),
  id VARCHAR(64) NOT NULL,
  first_day DATE NOT NULL,
  last_day DATE NOT NULL,
  PRIMARY KEY (campaign_id, id)
);

-- A participant's registration in a campaign: only what the letters need (GDPR Art. 5(1)(c)).
-- Personal data: erased with the participant (Art. 17).
CREATE TABLE registrations (
  campaign_id VARCHAR(64) NOT NULL REFERENCES campaigns (id),
  participant_id VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  email VARCHAR(254),
  residence VARCHAR(2) NOT NULL,
  language VARCHAR(8),
  registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (campaign_id, participant_id)
);

-- One access request to one controller. After an erasure participant_id is NULL and erased_at
-- is set: the fact and date of the request remain, nothing personal.
CREATE TABLE requests (
  reference VARCHAR(64) NOT NULL PRIMARY KEY,
  campaign_id VARCHAR(64) NOT NULL REFERENCES campaigns (id),
  wave_id VARCHAR(64),
  participant_id VARCHAR(64),
  controller_id VARCHAR(64) NOT NULL,
  language VARCHAR(8),
  status VARCHAR(32) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  claimed_by VARCHAR(128),
  claimed_until TIMESTAMP WITH TIME ZONE,
  erased_at TIMESTAMP WITH TIME ZONE,
  FOREIGN KEY (campaign_id, participant_id) REFERENCES registrations (campaign_id, participant_id)
);
CREATE INDEX requests_due ON requests (campaign_id, status, reference);
CREATE INDEX requests_participant ON requests (participant_id);

-- The events of a request, append-only, numbered from 0. kind is EventKind's persisted code.
-- reason is the controller's free text (erased with the participant); the rest are codes.
CREATE TABLE request_events (
  reference VARCHAR(64) NOT NULL REFERENCES requests (reference),
  seq INTEGER NOT NULL,
  kind VARCHAR(32) NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  channel VARCHAR(16),
  proof VARCHAR(500),
  reason VARCHAR(2000),
  authority VARCHAR(2),
  mandate_revoked BOOLEAN,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (reference, seq)
);

-- Idempotency keys of appended events: a key seen before appends nothing.
CREATE TABLE idempotency_keys (
  idem_key VARCHAR(128) NOT NULL PRIMARY KEY,
  reference VARCHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The sent ledger (the outbox rule): an intent is written before a send, the receipt after it.
-- An intent without a receipt is an unknown outcome: never sent again until resolved.
CREATE TABLE submissions (
  reference VARCHAR(64) NOT NULL PRIMARY KEY,
  message_id VARCHAR(998) NOT NULL,
  intent_at TIMESTAMP WITH TIME ZONE NOT NULL,
  route VARCHAR(16),
  sent_at TIMESTAMP WITH TIME ZONE,
  sha256 VARCHAR(64),
  recipients VARCHAR(8000),
  attachment_names VARCHAR(8000)
);
CREATE INDEX submissions_unresolved ON submissions (sent_at, reference);
