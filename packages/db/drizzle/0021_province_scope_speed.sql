-- A change to the communes table (a commune onboarded, renamed or moved to another province) tells every API
-- process '*' on channel hgcs_commune_data, at commit: the in-process caches forget everything, including each
-- province's list of communes that a province user's scope is made of (packages/api/src/cache/). Statement-level:
-- the table changes rarely, and one notice per statement is enough.
CREATE TRIGGER communes_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON communes FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
-- A province's "teams consolidated" figure reads its communes' rows of team_groups (decision 21). The regrouping
-- triggers rewrite a commune's rows, so they end up scattered over the table's pages (one page per row or so):
-- this index carries every column the figure reads, so the read is an index-only scan of a few pages per province.
CREATE INDEX team_groups_commune_cover_idx ON team_groups (commune_id) INCLUDE (status, village_ethnic_minority_area, members, women, ethnic_minority_members, leaders, supported, teams);
