-- The reference server's tables. Times are timestamptz; Beijing dates are text `YYYY-MM-DD`, because
-- a date column comes back as a local-midnight Date in some drivers. Citizens' names and phone numbers
-- are never stored.

CREATE TABLE seeded_cities (
  city text PRIMARY KEY,
  seeded_at timestamptz NOT NULL
);

-- Counters that must not repeat under concurrency: a city's daily case sequence, its question ids.
CREATE TABLE counters (
  city text NOT NULL,
  name text NOT NULL,
  value integer NOT NULL,
  PRIMARY KEY (city, name)
);

CREATE TABLE articles (
  city text NOT NULL,
  id text NOT NULL,
  column_id text NOT NULL,
  title jsonb NOT NULL,
  summary jsonb NOT NULL,
  source jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  read_count integer NOT NULL,
  body_html text NOT NULL,
  PRIMARY KEY (city, id)
);
-- One feed page is one index range scan.
CREATE INDEX articles_feed ON articles (city, column_id, published_at DESC, id DESC);

CREATE TABLE notices (
  city text NOT NULL,
  id text NOT NULL,
  level text NOT NULL,
  title jsonb NOT NULL,
  body jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  article_id text,
  PRIMARY KEY (city, id)
);

CREATE TABLE letter_cases (
  case_number text PRIMARY KEY,
  city text NOT NULL,
  -- The letter as filed, without contactName, mobile and consent.
  letter jsonb NOT NULL,
  is_public boolean NOT NULL,
  submitted_at timestamptz NOT NULL,
  due text NOT NULL CHECK (due ~ '^\d{4}-\d{2}-\d{2}$')
);
CREATE INDEX letter_cases_city ON letter_cases (city, submitted_at);

-- The case's handling, one row per step (letters-workflow.ts applies them in order). Steps may be
-- scheduled ahead (the simulated city); a case's state is always computed as of now.
CREATE TABLE letter_steps (
  id bigserial PRIMARY KEY,
  case_number text NOT NULL REFERENCES letter_cases (case_number),
  at timestamptz NOT NULL,
  step jsonb NOT NULL
);
CREATE INDEX letter_steps_case ON letter_steps (case_number, at);

-- Idempotent submission: one case per device key, enforced here and nowhere else.
CREATE TABLE letter_submissions (
  city text NOT NULL,
  idempotency_key text NOT NULL,
  case_number text NOT NULL REFERENCES letter_cases (case_number),
  PRIMARY KEY (city, idempotency_key)
);

CREATE TABLE letter_photos (
  n bigserial PRIMARY KEY,
  city text NOT NULL,
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  uploaded_at timestamptz NOT NULL
);

CREATE TABLE questions (
  city text NOT NULL,
  id text NOT NULL,
  seq bigserial,
  title text NOT NULL,
  body text NOT NULL,
  asked_by text NOT NULL,
  asked_at timestamptz NOT NULL,
  chosen_department text,
  -- { at, departmentId, topicId } and { at, reply } | { at, reason, channelId }: null until decided.
  routed jsonb,
  outcome jsonb,
  helpful_base integer NOT NULL DEFAULT 0,
  PRIMARY KEY (city, id)
);

CREATE TABLE question_submissions (
  city text NOT NULL,
  idempotency_key text NOT NULL,
  question_id text NOT NULL,
  PRIMARY KEY (city, idempotency_key)
);

CREATE TABLE question_helpful (
  city text NOT NULL,
  question_id text NOT NULL,
  device_id text NOT NULL,
  PRIMARY KEY (city, question_id, device_id)
);

CREATE TABLE consultations (
  city text NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  department_id text NOT NULL,
  summary text NOT NULL,
  start_date text NOT NULL,
  end_date text NOT NULL,
  -- Comments taken before this server kept them (the seed's count).
  earlier_comments integer NOT NULL,
  draft_html text NOT NULL,
  -- { publishedAt, html, adoptedCount }, shown once closed and published.
  feedback jsonb,
  PRIMARY KEY (city, id)
);

-- The text only: nothing that identifies the citizen.
CREATE TABLE consultation_comments (
  city text NOT NULL,
  id text NOT NULL,
  consultation_id text NOT NULL,
  text text NOT NULL,
  submitted_at timestamptz NOT NULL,
  comment_count integer NOT NULL,
  idempotency_key text NOT NULL,
  PRIMARY KEY (city, id),
  UNIQUE (city, idempotency_key)
);

CREATE TABLE stories (
  city text NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  category text NOT NULL,
  story jsonb NOT NULL,
  PRIMARY KEY (city, id)
);

CREATE TABLE accounts (
  city text NOT NULL,
  id text NOT NULL,
  position integer NOT NULL,
  account jsonb NOT NULL,
  PRIMARY KEY (city, id)
);
