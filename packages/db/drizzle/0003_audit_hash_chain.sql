-- Tamper-evident audit log (ANM-06, ANM-08): each commune's audit rows form a SHA-256 hash chain.
-- hash = sha256(canonical(prev_hash, id, commune_id, actor_user_id, action, object_type, object_id, before, after,
-- request_id, at)); the canonical encoding is, for each value in that order, '<UTF-8 byte length>:<text>' or '-' for
-- NULL, joined by ';' (jsonb as PostgreSQL's own canonical jsonb text, `at` as whole microseconds since 1970 UTC).
-- packages/db/src/verify-audit-chain.ts recomputes exactly this, independently of these functions.
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE FUNCTION audit_log_hash(prev_hash text, id bigint, commune_id integer, actor uuid, action text, object_type text, object_id text, before jsonb, after jsonb, request_id text, at timestamptz)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(string_agg(CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END, ';' ORDER BY n), 'UTF8')), 'hex')
  FROM unnest(ARRAY[prev_hash, id::text, commune_id::text, actor::text, action, object_type, object_id, before::text, after::text, request_id,
    (extract(epoch FROM at) * 1000000)::bigint::text]) WITH ORDINALITY AS f(v, n)
$$;--> statement-breakpoint
-- One chain per commune, computed race-free: the trigger takes a transaction-scoped advisory lock on the commune's
-- chain, so concurrent writers of one commune queue up and each is held until its transaction ends; only then can
-- the next one read the chain's head. The id is drawn again under the lock, so within a commune the id order is the
-- chain order (a default id drawn before the lock could be smaller than an already committed row's). The head is
-- read with a fresh snapshot, which READ COMMITTED gives each statement of this function; a REPEATABLE READ or
-- SERIALIZABLE transaction could read a stale head and fork the chain, so such transactions are refused.
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous text;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'audit_log rows must be written in READ COMMITTED transactions';
  END IF;
  PERFORM pg_advisory_xact_lock(240130002, NEW.commune_id);
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  SELECT a.hash INTO previous FROM audit_log a WHERE a.commune_id = NEW.commune_id ORDER BY a.id DESC LIMIT 1;
  NEW.prev_hash := coalesce(previous, repeat('0', 64));
  NEW.hash := audit_log_hash(NEW.prev_hash, NEW.id, NEW.commune_id, NEW.actor_user_id, NEW.action, NEW.object_type, NEW.object_id,
    NEW.before, NEW.after, NEW.request_id, NEW.at);
  RETURN NEW;
END;
$$;--> statement-breakpoint
-- Existing rows get their chain, in id order per commune (the append-only trigger is off for this one update).
ALTER TABLE "audit_log" DISABLE TRIGGER audit_log_append_only;--> statement-breakpoint
DO $$
DECLARE
  r record;
  heads jsonb := '{}';
  previous text;
  h text;
BEGIN
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    previous := coalesce(heads ->> r.commune_id::text, repeat('0', 64));
    h := audit_log_hash(previous, r.id, r.commune_id, r.actor_user_id, r.action, r.object_type, r.object_id, r.before, r.after, r.request_id, r.at);
    UPDATE audit_log SET prev_hash = previous, hash = h WHERE id = r.id;
    heads := heads || jsonb_build_object(r.commune_id::text, h);
  END LOOP;
END;
$$;--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER audit_log_append_only;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" SET NOT NULL;--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
