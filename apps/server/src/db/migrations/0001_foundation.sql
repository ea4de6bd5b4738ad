-- Foundation: units, accounts, filings, announcements, findings, users, roles, sessions, audit, settings.

CREATE TABLE units (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  short_name text,
  level text NOT NULL CHECK (level IN ('national', 'provincial', 'city', 'county', 'township')),
  kind text NOT NULL CHECK (kind IN ('organ', 'institution', 'internal')),
  parent_id uuid REFERENCES units(id),
  path text NOT NULL,
  duties text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX units_path_idx ON units (path text_pattern_ops);
CREATE INDEX units_parent_idx ON units (parent_id);

CREATE TABLE accounts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES units(id),
  platform text NOT NULL,
  name text NOT NULL,
  handle text,
  url text,
  url_key text,
  certification text,
  operator_kind text NOT NULL DEFAULT 'in_house' CHECK (operator_kind IN ('in_house', 'contracted')),
  operator_name text,
  operator_contract_end date,
  licence text,
  services text[] NOT NULL DEFAULT '{}',
  opened_on date,
  duplicate_reason text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'suspended', 'cancelled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX accounts_unit_idx ON accounts (unit_id);
CREATE INDEX accounts_handle_idx ON accounts (lower(handle));
CREATE INDEX accounts_name_idx ON accounts (name);
CREATE INDEX accounts_url_key_idx ON accounts (url_key);

CREATE TABLE filings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts(id),
  kind text NOT NULL CHECK (kind IN ('opening', 'change', 'suspension', 'cancellation')),
  status text NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected')),
  changes jsonb NOT NULL DEFAULT '{}',
  reason text,
  effective_date date,
  source text NOT NULL DEFAULT 'console' CHECK (source IN ('console', 'import', 'cli')),
  submitted_by uuid,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid,
  decided_at timestamptz,
  decision_note text
);
CREATE INDEX filings_account_idx ON filings (account_id, submitted_at);
CREATE UNIQUE INDEX filings_one_open_per_account ON filings (account_id) WHERE status = 'submitted';

CREATE TABLE announcements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES accounts(id),
  filing_id uuid REFERENCES filings(id),
  kind text NOT NULL CHECK (kind IN ('host_change', 'cancellation')),
  title text NOT NULL,
  body text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE registry_findings (
  key text PRIMARY KEY,
  rule text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
  message text NOT NULL,
  unit_ids uuid[] NOT NULL DEFAULT '{}',
  account_ids uuid[] NOT NULL DEFAULT '{}',
  detail jsonb NOT NULL DEFAULT '{}',
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX registry_findings_rule_idx ON registry_findings (rule);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT false,
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE role_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL,
  unit_id uuid REFERENCES units(id)
);
CREATE UNIQUE INDEX role_assignments_unique ON role_assignments (user_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'));

CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  mfa_pending boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_name text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  detail jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL
);

-- Append-only: the application never updates or deletes audit rows; the database refuses too.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
