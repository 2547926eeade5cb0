CREATE TABLE "year_records" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"plan_issued_on" date,
	"difficulties" text,
	"next_steps" text,
	"proposals" text,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "year_records_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
ALTER TABLE "year_records" ADD CONSTRAINT "year_records_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_records" ADD CONSTRAINT "year_records_plan_fk" FOREIGN KEY ("commune_id","plan_id") REFERENCES "public"."plans"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "year_records_commune_plan_year_uq" ON "year_records" USING btree ("commune_id","plan_id","year");