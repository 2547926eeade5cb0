CREATE TABLE "team_memberships" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"mediator_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"joined_on" date NOT NULL,
	"recognition_decision_no" text,
	"recognition_decision_on" date,
	"left_on" date,
	"left_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_memberships_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "team_memberships_role_ck" CHECK ("team_memberships"."role" in ('member', 'leader', 'deputy')),
	CONSTRAINT "team_memberships_left_ck" CHECK (("team_memberships"."left_on" is null) = ("team_memberships"."left_reason" is null) and ("team_memberships"."left_on" is null or "team_memberships"."left_on" >= "team_memberships"."joined_on"))
);
--> statement-breakpoint
CREATE TABLE "mediators" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_year" integer NOT NULL,
	"ethnicity" text,
	"ethnic_minority" boolean DEFAULT false NOT NULL,
	"citizenship" text DEFAULT 'VN' NOT NULL,
	"residence_village_id" uuid NOT NULL,
	"occupation" text,
	"phone" text,
	"phone_public" boolean DEFAULT false NOT NULL,
	"personal_data_basis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mediators_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "mediators_gender_ck" CHECK ("mediators"."gender" in ('female', 'male')),
	CONSTRAINT "mediators_basis_ck" CHECK ("mediators"."personal_data_basis" in ('consent', 'legal_obligation', 'public_task')),
	CONSTRAINT "mediators_birth_year_ck" CHECK ("mediators"."birth_year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "legal_supporters" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"full_name" text NOT NULL,
	"kind" text NOT NULL,
	"organisation" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_supporters_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "legal_supporters_kind_ck" CHECK ("legal_supporters"."kind" in ('jurist', 'lawyer', 'police_officer', 'court_assessor', 'retired_judge', 'legal_official', 'other'))
);
--> statement-breakpoint
CREATE TABLE "team_legal_supports" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"supporter_id" uuid NOT NULL,
	"since" date,
	CONSTRAINT "team_legal_supports_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
ALTER TABLE "villages" ADD COLUMN "kind" text DEFAULT 'thon' NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "founding_decision_no" text;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "founding_decision_on" date;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediators" ADD CONSTRAINT "mediators_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediators" ADD CONSTRAINT "mediators_village_fk" FOREIGN KEY ("commune_id","residence_village_id") REFERENCES "public"."villages"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_supporters" ADD CONSTRAINT "legal_supporters_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_legal_supports" ADD CONSTRAINT "team_legal_supports_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_legal_supports" ADD CONSTRAINT "team_legal_supports_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_legal_supports" ADD CONSTRAINT "team_legal_supports_supporter_fk" FOREIGN KEY ("commune_id","supporter_id") REFERENCES "public"."legal_supporters"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "team_memberships_open_uq" ON "team_memberships" USING btree ("commune_id","team_id","mediator_id") WHERE "team_memberships"."left_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "team_memberships_open_leader_uq" ON "team_memberships" USING btree ("commune_id","team_id") WHERE "team_memberships"."left_on" is null and "team_memberships"."role" = 'leader';--> statement-breakpoint
CREATE INDEX "team_memberships_commune_mediator_idx" ON "team_memberships" USING btree ("commune_id","mediator_id");--> statement-breakpoint
CREATE INDEX "mediators_commune_name_id_idx" ON "mediators" USING btree ("commune_id","full_name","id");--> statement-breakpoint
CREATE INDEX "mediators_commune_village_year_idx" ON "mediators" USING btree ("commune_id","residence_village_id","birth_year");--> statement-breakpoint
CREATE INDEX "mediators_search_trgm_idx" ON "mediators" USING gin (hgcs_search_text("full_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "legal_supporters_commune_name_id_idx" ON "legal_supporters" USING btree ("commune_id","full_name","id");--> statement-breakpoint
CREATE UNIQUE INDEX "team_legal_supports_uq" ON "team_legal_supports" USING btree ("commune_id","team_id","supporter_id");--> statement-breakpoint
CREATE INDEX "team_legal_supports_supporter_idx" ON "team_legal_supports" USING btree ("commune_id","supporter_id");--> statement-breakpoint
CREATE INDEX "teams_commune_name_id_idx" ON "teams" USING btree ("commune_id","name","id");--> statement-breakpoint
ALTER TABLE "villages" ADD CONSTRAINT "villages_kind_ck" CHECK ("villages"."kind" in ('thon', 'lang', 'to_dan_pho'));--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_status_ck" CHECK ("teams"."status" in ('active', 'dissolved'));