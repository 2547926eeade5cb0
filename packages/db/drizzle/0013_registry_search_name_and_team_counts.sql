DROP INDEX "mediators_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "member_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "women_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "ethnic_minority_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "leader_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "legal_supporter_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mediators" ADD COLUMN "search_name" text GENERATED ALWAYS AS (hgcs_search_text(full_name)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "mediators_search_name_trgm_idx" ON "mediators" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
-- A team's counts are kept by the database, whichever write path changes a team (docs/decisions.md, 18): each
-- statement on team_memberships, mediators or team_legal_supports recounts the teams it touched, once per team.
CREATE FUNCTION hgcs_recount_teams(communes integer[], team_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE teams t
  SET member_count = k.members, women_count = k.women, ethnic_minority_count = k.minority,
      leader_count = k.leaders, legal_supporter_count = k.supporters
  FROM (
    SELECT k.commune_id, k.team_id,
           count(DISTINCT m.mediator_id) AS members,
           count(DISTINCT m.mediator_id) FILTER (WHERE p.gender = 'female') AS women,
           count(DISTINCT m.mediator_id) FILTER (WHERE p.ethnic_minority) AS minority,
           count(m.mediator_id) FILTER (WHERE m.role = 'leader') AS leaders,
           (SELECT count(*) FROM team_legal_supports s
            WHERE s.commune_id = k.commune_id AND s.team_id = k.team_id) AS supporters
    FROM (SELECT DISTINCT u.commune_id, u.team_id FROM unnest(communes, team_ids) AS u(commune_id, team_id)) k
    LEFT JOIN team_memberships m ON m.commune_id = k.commune_id AND m.team_id = k.team_id AND m.left_on IS NULL
    LEFT JOIN mediators p ON p.commune_id = m.commune_id AND p.id = m.mediator_id
    GROUP BY k.commune_id, k.team_id
  ) k
  WHERE t.commune_id = k.commune_id AND t.id = k.team_id
$$;
--> statement-breakpoint
CREATE FUNCTION hgcs_recount_touched_teams() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  communes integer[];
  team_ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'mediators' THEN
    -- a person's gender or ethnicity counts in every team they are an open member of
    SELECT array_agg(m.commune_id), array_agg(m.team_id) INTO communes, team_ids
    FROM team_memberships m JOIN new_rows n ON n.commune_id = m.commune_id AND n.id = m.mediator_id
    WHERE m.left_on IS NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(commune_id), array_agg(team_id) INTO communes, team_ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(commune_id), array_agg(team_id) INTO communes, team_ids FROM old_rows;
  ELSE
    SELECT array_agg(commune_id), array_agg(team_id) INTO communes, team_ids
    FROM (SELECT commune_id, team_id FROM old_rows UNION SELECT commune_id, team_id FROM new_rows) touched;
  END IF;
  IF communes IS NOT NULL THEN
    PERFORM hgcs_recount_teams(communes, team_ids);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER team_memberships_recount_insert AFTER INSERT ON team_memberships
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_recount_touched_teams();
--> statement-breakpoint
CREATE TRIGGER team_memberships_recount_update AFTER UPDATE ON team_memberships
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_recount_touched_teams();
--> statement-breakpoint
CREATE TRIGGER team_memberships_recount_delete AFTER DELETE ON team_memberships
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_recount_touched_teams();
--> statement-breakpoint
CREATE TRIGGER team_legal_supports_recount_insert AFTER INSERT ON team_legal_supports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_recount_touched_teams();
--> statement-breakpoint
CREATE TRIGGER team_legal_supports_recount_update AFTER UPDATE ON team_legal_supports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_recount_touched_teams();
--> statement-breakpoint
CREATE TRIGGER team_legal_supports_recount_delete AFTER DELETE ON team_legal_supports
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_recount_touched_teams();
--> statement-breakpoint
CREATE TRIGGER mediators_recount_update AFTER UPDATE ON mediators
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_recount_touched_teams();
--> statement-breakpoint
SELECT hgcs_recount_teams(array_agg(commune_id), array_agg(id)) FROM teams;
