CREATE TABLE "budget_lines" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"client_key" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"norm" text,
	"unit_amount_vnd" bigint NOT NULL,
	"quantity" integer NOT NULL,
	"on" date,
	"plan_task_id" uuid,
	"description" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "budget_lines_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "budget_lines_kind_ck" CHECK ("budget_lines"."kind" in ('planned', 'spent')),
	CONSTRAINT "budget_lines_amount_ck" CHECK ("budget_lines"."unit_amount_vnd" > 0 and "budget_lines"."quantity" > 0),
	CONSTRAINT "budget_lines_year_ck" CHECK ("budget_lines"."year" between 2024 and 2030),
	CONSTRAINT "budget_lines_spent_on_ck" CHECK ("budget_lines"."kind" = 'planned' or "budget_lines"."on" is not null)
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_plan_task_fk" FOREIGN KEY ("commune_id","plan_task_id") REFERENCES "public"."plan_tasks"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_lines_client_key_uq" ON "budget_lines" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "budget_lines_commune_year_idx" ON "budget_lines" USING btree ("commune_id","year");