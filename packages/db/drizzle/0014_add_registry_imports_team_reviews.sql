CREATE TABLE "registry_imports" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"sha256" text NOT NULL,
	"row_count" integer NOT NULL,
	"rows" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"result" jsonb,
	CONSTRAINT "registry_imports_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "registry_imports_status_ck" CHECK ("registry_imports"."status" in ('pending', 'confirmed')),
	CONSTRAINT "registry_imports_confirmed_ck" CHECK (("registry_imports"."status" = 'confirmed') = ("registry_imports"."confirmed_at" is not null and "registry_imports"."result" is not null))
);
--> statement-breakpoint
CREATE TABLE "team_reviews" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"team_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"findings" jsonb NOT NULL,
	"done_by" uuid NOT NULL,
	"done_at" timestamp with time zone NOT NULL,
	CONSTRAINT "team_reviews_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "team_reviews_year_ck" CHECK ("team_reviews"."year" between 2014 and 2100)
);
--> statement-breakpoint
ALTER TABLE "registry_imports" ADD CONSTRAINT "registry_imports_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_reviews" ADD CONSTRAINT "team_reviews_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_reviews" ADD CONSTRAINT "team_reviews_team_fk" FOREIGN KEY ("commune_id","team_id") REFERENCES "public"."teams"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "registry_imports_commune_created_idx" ON "registry_imports" USING btree ("commune_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "team_reviews_team_year_uq" ON "team_reviews" USING btree ("commune_id","team_id","year");