-- Tenant keys (issue 8): every tenant table is keyed (commune_id, id) and referenced by (commune_id, id), so the
-- schema can be distributed by commune_id (Citus). Provinces become a reference table that communes point to.
CREATE TABLE "provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
INSERT INTO "provinces" ("code", "name") SELECT DISTINCT ON ("province_code") "province_code", "province_name" FROM "communes" ORDER BY "province_code";
--> statement-breakpoint
ALTER TABLE "plan_groups" DROP CONSTRAINT "plan_groups_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "plan_tasks" DROP CONSTRAINT "plan_tasks_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "plan_tasks" DROP CONSTRAINT "plan_tasks_group_id_plan_groups_id_fk";
--> statement-breakpoint
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "work_item_comments" DROP CONSTRAINT "work_item_comments_work_item_id_work_items_id_fk";
--> statement-breakpoint
ALTER TABLE "work_items" DROP CONSTRAINT "work_items_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "work_items" DROP CONSTRAINT "work_items_task_id_plan_tasks_id_fk";
--> statement-breakpoint
ALTER TABLE "year_signoffs" DROP CONSTRAINT "year_signoffs_plan_id_plans_id_fk";
--> statement-breakpoint
ALTER TABLE "agencies" DROP CONSTRAINT "agencies_pkey";--> statement-breakpoint
ALTER TABLE "villages" DROP CONSTRAINT "villages_pkey";--> statement-breakpoint
ALTER TABLE "plan_groups" DROP CONSTRAINT "plan_groups_pkey";--> statement-breakpoint
ALTER TABLE "plan_tasks" DROP CONSTRAINT "plan_tasks_pkey";--> statement-breakpoint
ALTER TABLE "plans" DROP CONSTRAINT "plans_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "evidence" DROP CONSTRAINT "evidence_pkey";--> statement-breakpoint
ALTER TABLE "work_item_comments" DROP CONSTRAINT "work_item_comments_pkey";--> statement-breakpoint
ALTER TABLE "work_items" DROP CONSTRAINT "work_items_pkey";--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "plan_groups" ADD CONSTRAINT "plan_groups_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "work_item_comments" ADD CONSTRAINT "work_item_comments_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_commune_id_id_pk" PRIMARY KEY("commune_id","id");--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_groups" ADD CONSTRAINT "plan_groups_plan_fk" FOREIGN KEY ("commune_id","plan_id") REFERENCES "public"."plans"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_fk" FOREIGN KEY ("commune_id","plan_id") REFERENCES "public"."plans"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_group_fk" FOREIGN KEY ("commune_id","group_id") REFERENCES "public"."plan_groups"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_work_item_fk" FOREIGN KEY ("commune_id","work_item_id") REFERENCES "public"."work_items"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_comments" ADD CONSTRAINT "work_item_comments_work_item_fk" FOREIGN KEY ("commune_id","work_item_id") REFERENCES "public"."work_items"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_plan_fk" FOREIGN KEY ("commune_id","plan_id") REFERENCES "public"."plans"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_task_fk" FOREIGN KEY ("commune_id","task_id") REFERENCES "public"."plan_tasks"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_signoffs" ADD CONSTRAINT "year_signoffs_plan_fk" FOREIGN KEY ("commune_id","plan_id") REFERENCES "public"."plans"("commune_id","id") ON DELETE cascade ON UPDATE no action;