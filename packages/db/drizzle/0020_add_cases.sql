CREATE TABLE "case_assignments" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"mediator_id" uuid NOT NULL,
	"assigned_on" date NOT NULL,
	"declined_on" date,
	"decline_reason" text,
	"decline_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_assignments_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "case_assignments_declined_ck" CHECK (("case_assignments"."declined_on" is null) = ("case_assignments"."decline_reason" is null)),
	CONSTRAINT "case_assignments_reason_ck" CHECK ("case_assignments"."decline_reason" is null or "case_assignments"."decline_reason" in ('related_to_party', 'has_interest', 'cannot_be_impartial'))
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on_date" date NOT NULL,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_follow_ups" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"after_days" integer NOT NULL,
	"due_on" date NOT NULL,
	"result" text,
	"recorded_on" date,
	"note" text,
	CONSTRAINT "case_follow_ups_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "case_follow_ups_result_ck" CHECK (("case_follow_ups"."result" is null) = ("case_follow_ups"."recorded_on" is null)),
	CONSTRAINT "case_follow_ups_result_value_ck" CHECK ("case_follow_ups"."result" is null or "case_follow_ups"."result" in ('kept', 'partly_kept', 'not_kept'))
);
--> statement-breakpoint
CREATE TABLE "case_invitees" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_invitees_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "case_invitees_role_ck" CHECK ("case_invitees"."role" in ('village_elder', 'respected_person', 'religious_dignitary', 'legal_support', 'witness', 'agency_representative'))
);
--> statement-breakpoint
CREATE TABLE "case_paid_claims" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"amount_vnd" integer NOT NULL,
	"paid_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_paid_claims_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "case_paid_claims_amount_ck" CHECK ("case_paid_claims"."amount_vnd" >= 0),
	CONSTRAINT "case_paid_claims_period_ck" CHECK ("case_paid_claims"."period_from" <= "case_paid_claims"."period_to")
);
--> statement-breakpoint
CREATE TABLE "case_parties" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"full_name" text NOT NULL,
	"birth_year" integer,
	"address" text NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_parties_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
CREATE TABLE "case_sessions" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"client_key" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mediator_ids" uuid[] NOT NULL,
	"party_ids" uuid[] NOT NULL,
	"invited" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_sessions_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "case_sessions_duration_ck" CHECK ("case_sessions"."duration_minutes" between 5 and 720)
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"client_key" uuid NOT NULL,
	"tracking_code" text NOT NULL,
	"channel" text NOT NULL,
	"referring_body" text,
	"referring_body_name" text,
	"requested_on" date NOT NULL,
	"received_on" date NOT NULL,
	"dispute_kind" text NOT NULL,
	"summary" text NOT NULL,
	"privacy_notice_at" timestamp with time zone NOT NULL,
	"privacy_notice_version" text NOT NULL,
	"scope_decision" text,
	"screened_on" date,
	"dispute_facts" jsonb,
	"scope_exclusions" text[] DEFAULT '{}'::text[] NOT NULL,
	"report_duties" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"last_changed_on" date NOT NULL,
	"assigned_on" date,
	"start_due_on" date,
	"started_on" date,
	"started_late" boolean DEFAULT false NOT NULL,
	"ended_on" date,
	"has_written_agreement" boolean DEFAULT false NOT NULL,
	"referrals" text[] DEFAULT '{}'::text[] NOT NULL,
	"reported_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"out_of_scope_from" text,
	"closed_on" date,
	"suspended_on" date,
	"agreement" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "cases_channel_ck" CHECK ("cases"."channel" in ('walk_in', 'referral', 'team_initiated', 'kiosk')),
	CONSTRAINT "cases_referral_ck" CHECK (("cases"."channel" = 'referral') = ("cases"."referring_body" is not null)),
	CONSTRAINT "cases_referring_body_ck" CHECK ("cases"."referring_body" is null or "cases"."referring_body" in ('police', 'commune_office', 'fatherland_front', 'court', 'other')),
	CONSTRAINT "cases_status_ck" CHECK ("cases"."status" in ('received', 'assigned', 'in_progress', 'suspended', 'successful', 'unsuccessful', 'stopped_by_party', 'out_of_scope', 'follow_up', 'performed', 'not_performed')),
	CONSTRAINT "cases_dates_ck" CHECK ("cases"."last_changed_on" >= "cases"."received_on" and "cases"."received_on" >= "cases"."requested_on")
);
--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_follow_ups" ADD CONSTRAINT "case_follow_ups_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_follow_ups" ADD CONSTRAINT "case_follow_ups_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_invitees" ADD CONSTRAINT "case_invitees_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_invitees" ADD CONSTRAINT "case_invitees_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_paid_claims" ADD CONSTRAINT "case_paid_claims_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_paid_claims" ADD CONSTRAINT "case_paid_claims_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sessions" ADD CONSTRAINT "case_sessions_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_assignments_active_uq" ON "case_assignments" USING btree ("commune_id","case_id","mediator_id") WHERE "case_assignments"."declined_on" is null;--> statement-breakpoint
CREATE INDEX "case_assignments_commune_mediator_idx" ON "case_assignments" USING btree ("commune_id","mediator_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("commune_id","case_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "case_follow_ups_after_days_uq" ON "case_follow_ups" USING btree ("commune_id","case_id","after_days");--> statement-breakpoint
CREATE INDEX "case_follow_ups_due_idx" ON "case_follow_ups" USING btree ("commune_id","due_on") WHERE "case_follow_ups"."result" is null;--> statement-breakpoint
CREATE INDEX "case_invitees_case_idx" ON "case_invitees" USING btree ("commune_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_paid_claims_case_uq" ON "case_paid_claims" USING btree ("commune_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_parties_position_uq" ON "case_parties" USING btree ("commune_id","case_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "case_sessions_client_key_uq" ON "case_sessions" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "case_sessions_case_idx" ON "case_sessions" USING btree ("commune_id","case_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_client_key_uq" ON "cases" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_tracking_code_uq" ON "cases" USING btree ("commune_id","tracking_code");--> statement-breakpoint
CREATE INDEX "cases_open_queue_idx" ON "cases" USING btree ("commune_id","received_on","id") WHERE status in ('received', 'assigned', 'in_progress', 'suspended', 'successful', 'follow_up');--> statement-breakpoint
CREATE INDEX "cases_team_open_idx" ON "cases" USING btree ("commune_id","team_id","received_on","id") WHERE status in ('received', 'assigned', 'in_progress', 'suspended', 'successful', 'follow_up');--> statement-breakpoint
CREATE INDEX "cases_team_year_idx" ON "cases" USING btree ("commune_id","team_id","received_on");