ALTER TYPE "public"."role" ADD VALUE 'village_head';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'province_admin';--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'province_officer';--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"village_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
ALTER TABLE "sessions" ALTER COLUMN "commune_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "commune_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "province_code" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "village_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "team_id" uuid;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_village_fk" FOREIGN KEY ("commune_id","village_id") REFERENCES "public"."villages"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "teams_commune_name_uq" ON "teams" USING btree ("commune_id","name");--> statement-breakpoint
CREATE INDEX "teams_commune_village_idx" ON "teams" USING btree ("commune_id","village_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_province_xor_commune" CHECK (case when "users"."role"::text in ('province_admin', 'province_officer')
    then "users"."commune_id" is null and "users"."province_code" is not null else "users"."commune_id" is not null and "users"."province_code" is null end);