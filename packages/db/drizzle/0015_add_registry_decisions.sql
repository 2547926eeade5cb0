CREATE TABLE "mediator_elections" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"round" text NOT NULL,
	"method" text NOT NULL,
	"village_households" integer NOT NULL,
	"participating_households" integer NOT NULL,
	"quota" integer NOT NULL,
	"count_witnessed" boolean,
	"list_received_on" date,
	"candidates" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"elected" jsonb NOT NULL,
	"places_left" integer NOT NULL,
	"issues" jsonb NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"decision_no" text,
	"decision_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recognised_at" timestamp with time zone,
	CONSTRAINT "mediator_elections_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "mediator_elections_status_ck" CHECK ("mediator_elections"."status" in ('recorded', 'recognised')),
	CONSTRAINT "mediator_elections_decision_ck" CHECK (("mediator_elections"."status" = 'recognised') = ("mediator_elections"."decision_no" is not null and "mediator_elections"."decision_on" is not null)),
	CONSTRAINT "mediator_elections_counts_ck" CHECK ("mediator_elections"."participating_households" <= "mediator_elections"."village_households")
);
--> statement-breakpoint
CREATE TABLE "mediator_terminations" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"mediator_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"lost_standard" text,
	"details" text,
	"proposer" text NOT NULL,
	"proposed_on" date NOT NULL,
	"decision_no" text NOT NULL,
	"decision_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediator_terminations_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "mediator_terminations_ground_ck" CHECK ("mediator_terminations"."ground" in ('voluntary', 'lost_standard', 'violation_or_sanctioned')),
	CONSTRAINT "mediator_terminations_dates_ck" CHECK ("mediator_terminations"."decision_on" >= "mediator_terminations"."proposed_on")
);
--> statement-breakpoint
CREATE TABLE "team_leader_elections" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"method" text NOT NULL,
	"members" jsonb NOT NULL,
	"attending_members" integer NOT NULL,
	"candidates" jsonb NOT NULL,
	"proposal_received_on" date,
	"elected_mediator_id" uuid,
	"issues" jsonb NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"decision_no" text,
	"decision_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recognised_at" timestamp with time zone,
	CONSTRAINT "team_leader_elections_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "team_leader_elections_status_ck" CHECK ("team_leader_elections"."status" in ('recorded', 'recognised')),
	CONSTRAINT "team_leader_elections_decision_ck" CHECK (("team_leader_elections"."status" = 'recognised') = ("team_leader_elections"."decision_no" is not null and "team_leader_elections"."decision_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "mediator_elections" ADD CONSTRAINT "mediator_elections_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_elections" ADD CONSTRAINT "mediator_elections_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_terminations" ADD CONSTRAINT "mediator_terminations_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_terminations" ADD CONSTRAINT "mediator_terminations_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_terminations" ADD CONSTRAINT "mediator_terminations_membership_fk" FOREIGN KEY ("commune_id","membership_id") REFERENCES "public"."team_memberships"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediator_terminations" ADD CONSTRAINT "mediator_terminations_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_leader_elections" ADD CONSTRAINT "team_leader_elections_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_leader_elections" ADD CONSTRAINT "team_leader_elections_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_leader_elections" ADD CONSTRAINT "team_leader_elections_mediator_fk" FOREIGN KEY ("commune_id","elected_mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mediator_elections_team_day_uq" ON "mediator_elections" USING btree ("commune_id","team_id","held_on","round");--> statement-breakpoint
CREATE UNIQUE INDEX "mediator_terminations_membership_uq" ON "mediator_terminations" USING btree ("commune_id","membership_id");--> statement-breakpoint
CREATE INDEX "mediator_terminations_commune_team_idx" ON "mediator_terminations" USING btree ("commune_id","team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_leader_elections_team_day_uq" ON "team_leader_elections" USING btree ("commune_id","team_id","held_on");