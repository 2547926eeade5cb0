-- Training events, their trainers and attendance, and the yearly capacity assessment (issue 13, points 1, 2).
CREATE TABLE "capacity_assessments" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"mediator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"assessed_on" date NOT NULL,
	"from_paper" boolean DEFAULT false NOT NULL,
	"scores" jsonb NOT NULL,
	"average" numeric(4, 2) NOT NULL,
	"level" text NOT NULL,
	"weak_competencies" text[] NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "capacity_assessments_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "capacity_assessments_year_ck" CHECK ("capacity_assessments"."year" = extract(year from "capacity_assessments"."assessed_on")::int),
	CONSTRAINT "capacity_assessments_level_ck" CHECK ("capacity_assessments"."level" in ('needs_training', 'competent', 'good'))
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"event_id" uuid NOT NULL,
	"mediator_id" uuid NOT NULL,
	"attended_on" date NOT NULL,
	"hours" numeric(4, 1) NOT NULL,
	CONSTRAINT "training_attendance_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "training_attendance_hours_ck" CHECK ("training_attendance"."hours" > 0 and "training_attendance"."hours" <= 24)
);
--> statement-breakpoint
CREATE TABLE "training_events" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"place" text NOT NULL,
	"kind" text NOT NULL,
	"organiser_level" text NOT NULL,
	"hours_per_day" numeric(4, 1) NOT NULL,
	"uses_material_set" boolean DEFAULT false NOT NULL,
	"work_item_id" uuid,
	"client_key" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_events_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "training_events_dates_ck" CHECK ("training_events"."ends_on" >= "training_events"."starts_on"),
	CONSTRAINT "training_events_hours_ck" CHECK ("training_events"."hours_per_day" > 0 and "training_events"."hours_per_day" <= 10),
	CONSTRAINT "training_events_kind_ck" CHECK ("training_events"."kind" in ('training', 'refresher', 'experience_exchange', 'conference', 'self_study')),
	CONSTRAINT "training_events_level_ck" CHECK ("training_events"."organiser_level" in ('central', 'province', 'commune', 'other'))
);
--> statement-breakpoint
CREATE TABLE "training_trainers" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text,
	"mediator_id" uuid,
	"legal_supporter_id" uuid,
	CONSTRAINT "training_trainers_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "training_trainers_one_ck" CHECK (num_nonnulls("training_trainers"."name", "training_trainers"."mediator_id", "training_trainers"."legal_supporter_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_event_fk" FOREIGN KEY ("commune_id","event_id") REFERENCES "public"."training_events"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_events" ADD CONSTRAINT "training_events_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_events" ADD CONSTRAINT "training_events_work_item_fk" FOREIGN KEY ("commune_id","work_item_id") REFERENCES "public"."work_items"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_event_fk" FOREIGN KEY ("commune_id","event_id") REFERENCES "public"."training_events"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_supporter_fk" FOREIGN KEY ("commune_id","legal_supporter_id") REFERENCES "public"."legal_supporters"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_assessments_mediator_year_uq" ON "capacity_assessments" USING btree ("commune_id","mediator_id","year");--> statement-breakpoint
CREATE INDEX "capacity_assessments_year_idx" ON "capacity_assessments" USING btree ("commune_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_day_uq" ON "training_attendance" USING btree ("commune_id","event_id","mediator_id","attended_on");--> statement-breakpoint
CREATE INDEX "training_attendance_mediator_idx" ON "training_attendance" USING btree ("commune_id","mediator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_events_client_key_uq" ON "training_events" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "training_events_commune_starts_idx" ON "training_events" USING btree ("commune_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_trainers_event_idx" ON "training_trainers" USING btree ("commune_id","event_id","position");