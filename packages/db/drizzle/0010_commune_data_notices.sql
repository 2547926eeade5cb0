-- Every write to a commune's reference data (villages, agencies, the plan tree) or to its progress (work items,
-- sign-offs, reopenings) tells every API process on channel hgcs_commune_data, delivered at commit:
-- 'reference:<commune id>', 'progress:<commune id>', or '*' after a TRUNCATE. The processes' in-memory caches
-- forget that commune (packages/api/src/cache/). PostgreSQL folds identical notices of one transaction into one.
CREATE FUNCTION hgcs_notify_commune_data() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('hgcs_commune_data', '*');
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('hgcs_commune_data', TG_ARGV[0] || ':' || OLD.commune_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('hgcs_commune_data', TG_ARGV[0] || ':' || NEW.commune_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER villages_notify AFTER INSERT OR UPDATE OR DELETE ON villages FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER agencies_notify AFTER INSERT OR UPDATE OR DELETE ON agencies FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER plans_notify AFTER INSERT OR UPDATE OR DELETE ON plans FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER plan_groups_notify AFTER INSERT OR UPDATE OR DELETE ON plan_groups FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER plan_tasks_notify AFTER INSERT OR UPDATE OR DELETE ON plan_tasks FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER work_items_notify AFTER INSERT OR UPDATE OR DELETE ON work_items FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('progress');
--> statement-breakpoint
CREATE TRIGGER year_signoffs_notify AFTER INSERT OR UPDATE OR DELETE ON year_signoffs FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('progress');
--> statement-breakpoint
CREATE TRIGGER year_reopenings_notify AFTER INSERT OR UPDATE OR DELETE ON year_reopenings FOR EACH ROW EXECUTE FUNCTION hgcs_notify_commune_data('progress');
--> statement-breakpoint
CREATE TRIGGER villages_notify_truncate AFTER TRUNCATE ON villages FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER agencies_notify_truncate AFTER TRUNCATE ON agencies FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER plans_notify_truncate AFTER TRUNCATE ON plans FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER plan_groups_notify_truncate AFTER TRUNCATE ON plan_groups FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER plan_tasks_notify_truncate AFTER TRUNCATE ON plan_tasks FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('reference');
--> statement-breakpoint
CREATE TRIGGER work_items_notify_truncate AFTER TRUNCATE ON work_items FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('progress');
--> statement-breakpoint
CREATE TRIGGER year_signoffs_notify_truncate AFTER TRUNCATE ON year_signoffs FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('progress');
--> statement-breakpoint
CREATE TRIGGER year_reopenings_notify_truncate AFTER TRUNCATE ON year_reopenings FOR EACH STATEMENT EXECUTE FUNCTION hgcs_notify_commune_data('progress');
