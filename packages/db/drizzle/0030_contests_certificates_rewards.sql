CREATE TABLE "certificates" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"event_id" uuid,
	"entry_id" uuid,
	"mediator_id" uuid,
	"holder_name" text NOT NULL,
	"title" text NOT NULL,
	"issued_on" date NOT NULL,
	"issuer" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoke_reason" text,
	"client_key" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certificates_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "certificates_kind_ck" CHECK (("certificates"."kind" = 'training' and "certificates"."event_id" is not null and "certificates"."mediator_id" is not null) or ("certificates"."kind" = 'contest' and "certificates"."entry_id" is not null)),
	CONSTRAINT "certificates_revoked_ck" CHECK (("certificates"."revoked_at" is null) = ("certificates"."revoke_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "contest_entries" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"contest_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"captain_id" uuid NOT NULL,
	"official_member_ids" uuid[] NOT NULL,
	"reserve_ids" uuid[] NOT NULL,
	"helper_names" text[] NOT NULL,
	"prize_rank" text,
	"prize_amount_vnd" bigint,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contest_entries_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "contest_entries_prize_ck" CHECK (("contest_entries"."prize_rank" is null) = ("contest_entries"."prize_amount_vnd" is null))
);
--> statement-breakpoint
CREATE TABLE "contest_scores" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"entry_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"judge" text NOT NULL,
	"scores" jsonb NOT NULL,
	"entered_by" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contest_scores_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
CREATE TABLE "contest_timings" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"entry_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"seconds" integer NOT NULL,
	CONSTRAINT "contest_timings_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "contest_timings_seconds_ck" CHECK ("contest_timings"."seconds" >= 0)
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"rubric" jsonb NOT NULL,
	"rounds" text[] NOT NULL,
	"judges" text[] NOT NULL,
	"time_limit_minutes" integer NOT NULL,
	"penalty_per_minute" integer NOT NULL,
	"client_key" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contests_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "contests_dates_ck" CHECK ("contests"."ends_on" >= "contests"."starts_on"),
	CONSTRAINT "contests_level_ck" CHECK ("contests"."level" in ('commune', 'province', 'central'))
);
--> statement-breakpoint
CREATE TABLE "reward_proposals" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"form" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"mediator_id" uuid,
	"team_id" uuid,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"achievements" text NOT NULL,
	"case_ids" uuid[] NOT NULL,
	"training_event_ids" uuid[] NOT NULL,
	"contest_entry_ids" uuid[] NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"decision_no" text,
	"decided_on" date,
	"withdraw_reason" text,
	"client_key" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "reward_proposals_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "reward_proposals_one_ck" CHECK (num_nonnulls("reward_proposals"."mediator_id", "reward_proposals"."team_id") = 1),
	CONSTRAINT "reward_proposals_status_ck" CHECK ("reward_proposals"."status" in ('proposed', 'decided', 'withdrawn')),
	CONSTRAINT "reward_proposals_decided_ck" CHECK (("reward_proposals"."status" = 'decided') = ("reward_proposals"."decision_no" is not null and "reward_proposals"."decided_on" is not null)),
	CONSTRAINT "reward_proposals_withdrawn_ck" CHECK (("reward_proposals"."status" = 'withdrawn') = ("reward_proposals"."withdraw_reason" is not null)),
	CONSTRAINT "reward_proposals_period_ck" CHECK ("reward_proposals"."period_to" >= "reward_proposals"."period_from")
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_event_fk" FOREIGN KEY ("commune_id","event_id") REFERENCES "public"."training_events"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_entry_fk" FOREIGN KEY ("commune_id","entry_id") REFERENCES "public"."contest_entries"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_contest_fk" FOREIGN KEY ("commune_id","contest_id") REFERENCES "public"."contests"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_entries" ADD CONSTRAINT "contest_entries_captain_fk" FOREIGN KEY ("commune_id","captain_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_scores" ADD CONSTRAINT "contest_scores_entry_fk" FOREIGN KEY ("commune_id","entry_id") REFERENCES "public"."contest_entries"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_timings" ADD CONSTRAINT "contest_timings_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_timings" ADD CONSTRAINT "contest_timings_entry_fk" FOREIGN KEY ("commune_id","entry_id") REFERENCES "public"."contest_entries"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_proposals" ADD CONSTRAINT "reward_proposals_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_proposals" ADD CONSTRAINT "reward_proposals_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reward_proposals" ADD CONSTRAINT "reward_proposals_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_code_uq" ON "certificates" USING btree ("commune_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_client_key_uq" ON "certificates" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "certificates_issued_idx" ON "certificates" USING btree ("commune_id","issued_on");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_entries_unit_uq" ON "contest_entries" USING btree ("commune_id","contest_id","unit_name");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_scores_judge_uq" ON "contest_scores" USING btree ("commune_id","entry_id","round","judge");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_timings_round_uq" ON "contest_timings" USING btree ("commune_id","entry_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "contests_client_key_uq" ON "contests" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "contests_starts_idx" ON "contests" USING btree ("commune_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "reward_proposals_client_key_uq" ON "reward_proposals" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "reward_proposals_period_idx" ON "reward_proposals" USING btree ("commune_id","period_to");