CREATE TABLE "team_compositions" (
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"members" integer DEFAULT 0 NOT NULL,
	"women" integer DEFAULT 0 NOT NULL,
	"ethnic_minority_members" integer DEFAULT 0 NOT NULL,
	"leaders" integer DEFAULT 0 NOT NULL,
	"supporters" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "team_compositions_commune_id_team_id_pk" PRIMARY KEY("commune_id","team_id")
);
--> statement-breakpoint
DROP INDEX "mediators_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "mediators" ADD COLUMN "search_name" text GENERATED ALWAYS AS (hgcs_search_text(full_name)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "team_compositions" ADD CONSTRAINT "team_compositions_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_compositions" ADD CONSTRAINT "team_compositions_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mediators_search_name_trgm_idx" ON "mediators" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
-- team_compositions is kept by the database, whichever write path changes a team (docs/decisions.md, 18): each
-- statement on team_memberships, mediators or team_legal_supports recounts the teams it touched, once per team.
CREATE FUNCTION hgcs_recount_teams(communes integer[], team_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO team_compositions AS c (commune_id, team_id, members, women, ethnic_minority_members, leaders, supporters)
  SELECT t.commune_id, t.id,
         count(DISTINCT m.mediator_id),
         count(DISTINCT m.mediator_id) FILTER (WHERE p.gender = 'female'),
         count(DISTINCT m.mediator_id) FILTER (WHERE p.ethnic_minority),
         count(*) FILTER (WHERE m.role = 'leader'),
         (SELECT count(*) FROM team_legal_supports s WHERE s.commune_id = t.commune_id AND s.team_id = t.id)
  FROM (SELECT DISTINCT k.commune_id, k.team_id FROM unnest(communes, team_ids) AS k(commune_id, team_id)) k
  JOIN teams t ON t.commune_id = k.commune_id AND t.id = k.team_id
  LEFT JOIN team_memberships m ON m.commune_id = t.commune_id AND m.team_id = t.id AND m.left_on IS NULL
  LEFT JOIN mediators p ON p.commune_id = m.commune_id AND p.id = m.mediator_id
  GROUP BY t.commune_id, t.id
  ON CONFLICT (commune_id, team_id) DO UPDATE
    SET members = excluded.members, women = excluded.women,
        ethnic_minority_members = excluded.ethnic_minority_members, leaders = excluded.leaders,
        supporters = excluded.supporters
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
