CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"work_item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"media_type" text,
	"size" integer,
	"sha256" text,
	"storage_key" text,
	"url" text,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_item_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"work_item_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"part_key" text,
	"year" integer NOT NULL,
	"origin" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"responsible" text,
	"notes" text,
	"cancel_reason" text,
	"requested_by" text,
	"requested_on" date,
	"request_reason" text,
	"client_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_items_progress_range" CHECK ("work_items"."progress" between 0 and 100),
	CONSTRAINT "work_items_cancel_reason" CHECK (("work_items"."status" = 'cancelled') = ("work_items"."cancel_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "year_signoffs" (
	"commune_id" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"signed_by" uuid NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "year_signoffs_commune_id_plan_id_year_pk" PRIMARY KEY("commune_id","plan_id","year")
);
--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_comments" ADD CONSTRAINT "work_item_comments_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_item_comments" ADD CONSTRAINT "work_item_comments_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_task_id_plan_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."plan_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_signoffs" ADD CONSTRAINT "year_signoffs_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_signoffs" ADD CONSTRAINT "year_signoffs_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_commune_item_idx" ON "evidence" USING btree ("commune_id","work_item_id");--> statement-breakpoint
CREATE INDEX "work_item_comments_commune_item_idx" ON "work_item_comments" USING btree ("commune_id","work_item_id");--> statement-breakpoint
CREATE INDEX "work_items_commune_year_idx" ON "work_items" USING btree ("commune_id","year","due_date");--> statement-breakpoint
CREATE INDEX "work_items_commune_task_idx" ON "work_items" USING btree ("commune_id","task_id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_plan_occurrence_uq" ON "work_items" USING btree ("commune_id","task_id",coalesce("part_key", ''),"year") WHERE "work_items"."origin" = 'plan';--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_client_key_uq" ON "work_items" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "audit_log_commune_object_idx" ON "audit_log" USING btree ("commune_id","object_type","object_id");