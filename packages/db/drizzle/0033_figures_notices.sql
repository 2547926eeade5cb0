-- The figures owed upward are cached in each API process too (packages/api/src/cache/commune-figures.ts): a
-- commune's Decision 315 dashboard of a year, and a province's roll-up of its communes' approved statistical
-- reports. Every write to a table they read tells every API process on channel hgcs_commune_data at commit, with the
-- function of migration 0010: 'figures:<commune id>' for the teams (whose member counts triggers keep), the
-- memberships, the training events, their trainers and attendance, and the cases (villages already send
-- 'reference:<commune id>', which forgets everything of the commune; the communes table '*'); 'reports:<commune id>'
-- for the stored statistical reports, which forgets the roll-ups of the provinces holding that commune; '*' after a
-- TRUNCATE. PostgreSQL folds identical notices of one transaction into one, so a bulk write sends one per commune.
CREATE TRIGGER teams_notify AFTER INSERT OR UPDATE OR DELETE ON teams FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER teams_notify_truncate AFTER TRUNCATE ON teams FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER team_memberships_notify AFTER INSERT OR UPDATE OR DELETE ON team_memberships FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER team_memberships_notify_truncate AFTER TRUNCATE ON team_memberships FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER training_events_notify AFTER INSERT OR UPDATE OR DELETE ON training_events FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER training_events_notify_truncate AFTER TRUNCATE ON training_events FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER training_trainers_notify AFTER INSERT OR UPDATE OR DELETE ON training_trainers FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER training_trainers_notify_truncate AFTER TRUNCATE ON training_trainers FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER training_attendance_notify AFTER INSERT OR UPDATE OR DELETE ON training_attendance FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER training_attendance_notify_truncate AFTER TRUNCATE ON training_attendance FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER cases_notify AFTER INSERT OR UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER cases_notify_truncate AFTER TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('figures');
--> statement-breakpoint
CREATE TRIGGER statistical_reports_notify AFTER INSERT OR UPDATE OR DELETE ON statistical_reports FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('reports');
--> statement-breakpoint
CREATE TRIGGER statistical_reports_notify_truncate AFTER TRUNCATE ON statistical_reports FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('reports');
