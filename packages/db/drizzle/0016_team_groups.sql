CREATE TABLE "team_groups" (
	"commune_id" integer NOT NULL,
	"status" text NOT NULL,
	"village_ethnic_minority_area" boolean NOT NULL,
	"members" integer NOT NULL,
	"women" integer NOT NULL,
	"ethnic_minority_members" integer NOT NULL,
	"leaders" integer NOT NULL,
	"supported" boolean NOT NULL,
	"teams" integer NOT NULL,
	CONSTRAINT "team_groups_pk" PRIMARY KEY("commune_id","status","village_ethnic_minority_area","members","women","ethnic_minority_members","leaders","supported"),
	CONSTRAINT "team_groups_teams_ck" CHECK ("team_groups"."teams" > 0)
);
--> statement-breakpoint
ALTER TABLE "team_groups" ADD CONSTRAINT "team_groups_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Each commune's teams grouped by what the composition rule reads of them (docs/decisions.md, 21), kept by the
-- database whichever code writes: a statement on teams or villages regroups the communes it touched. A commune is
-- regrouped under a transaction-level lock taken in commune order, so two writers of one commune regroup one after
-- the other and the second sees the first's teams (READ COMMITTED: each statement below takes a fresh snapshot).
CREATE FUNCTION hgcs_regroup_teams(touched integer[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c integer;
BEGIN
  FOR c IN SELECT DISTINCT u FROM unnest(touched) AS u WHERE u IS NOT NULL ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(hashtext('hgcs_team_groups'), c);
  END LOOP;
  DELETE FROM team_groups WHERE commune_id = ANY (touched);
  INSERT INTO team_groups (commune_id, status, village_ethnic_minority_area, members, women, ethnic_minority_members,
                           leaders, supported, teams)
  SELECT t.commune_id, t.status, v.ethnic_minority_area, t.member_count, t.women_count, t.ethnic_minority_count,
         t.leader_count, t.legal_supporter_count > 0, count(*)
  FROM teams t JOIN villages v ON v.commune_id = t.commune_id AND v.id = t.village_id
  WHERE t.commune_id = ANY (touched)
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
END
$$;
--> statement-breakpoint
CREATE FUNCTION hgcs_regroup_touched_communes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched integer[];
BEGIN
  IF TG_TABLE_NAME = 'villages' THEN
    -- only a change of the area flag moves a team between groups
    SELECT array_agg(DISTINCT n.commune_id) INTO touched
    FROM new_rows n JOIN old_rows o ON o.commune_id = n.commune_id AND o.id = n.id
    WHERE o.ethnic_minority_area IS DISTINCT FROM n.ethnic_minority_area;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT commune_id) INTO touched FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT commune_id) INTO touched FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT commune_id) INTO touched
    FROM (SELECT commune_id FROM old_rows UNION SELECT commune_id FROM new_rows) AS changed;
  END IF;
  IF touched IS NOT NULL THEN
    PERFORM hgcs_regroup_teams(touched);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER teams_regroup_insert AFTER INSERT ON teams
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_regroup_touched_communes();
--> statement-breakpoint
CREATE TRIGGER teams_regroup_update AFTER UPDATE ON teams
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_regroup_touched_communes();
--> statement-breakpoint
CREATE TRIGGER teams_regroup_delete AFTER DELETE ON teams
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_regroup_touched_communes();
--> statement-breakpoint
CREATE TRIGGER villages_regroup_update AFTER UPDATE ON villages
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hgcs_regroup_touched_communes();
--> statement-breakpoint
SELECT hgcs_regroup_teams(array_agg(DISTINCT commune_id)) FROM teams;
