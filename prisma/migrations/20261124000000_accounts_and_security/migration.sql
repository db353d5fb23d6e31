-- Contributors write drafts but may not publish.
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'CONTRIBUTOR';

-- One row per signed-in browser: the session's JWT carries the row's id, so signing out, disabling
-- the account or a password change ends sessions on the server, and an idle one expires.
CREATE TABLE "user_sessions" (
  "id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "user_agent" TEXT NOT NULL DEFAULT '',
  CONSTRAINT "user_sessions_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "user_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "user_sessions_user_id_idx" ON "user_sessions"("user_id");

-- Single-use links for invitations and password resets. Only a SHA-256 of the token is stored.
CREATE TYPE "UserTokenPurpose" AS ENUM ('INVITE', 'PASSWORD_RESET');
CREATE TABLE "user_tokens" (
  "id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "purpose" "UserTokenPurpose" NOT NULL,
  "token_hash" TEXT NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  "created_by_id" UUID,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "user_tokens_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "user_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "user_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens"("token_hash");
CREATE INDEX "user_tokens_user_id_purpose_idx" ON "user_tokens"("user_id", "purpose");

-- Failed sign-ins, counted per account (the normalised email, whether or not it exists) and per
-- client address over a sliding window. In PostgreSQL so the limit holds across app instances.
CREATE TABLE "login_failures" (
  "id" BIGSERIAL NOT NULL,
  "scope" TEXT NOT NULL,
  "key" TEXT NOT NULL,
  "failed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "login_failures_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "login_failures_scope_check" CHECK ("scope" IN ('account', 'address'))
);
CREATE INDEX "login_failures_scope_key_failed_at_idx" ON "login_failures"("scope", "key", "failed_at" DESC);
CREATE INDEX "login_failures_failed_at_idx" ON "login_failures"("failed_at");

-- The audit page filters by action and by actor, newest first.
CREATE INDEX "audit_logs_action_created_at_idx" ON "audit_logs"("action", "created_at" DESC);
DROP INDEX IF EXISTS "audit_logs_actor_id_idx";
CREATE INDEX "audit_logs_actor_id_created_at_idx" ON "audit_logs"("actor_id", "created_at" DESC);
