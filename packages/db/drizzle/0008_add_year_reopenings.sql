CREATE TABLE "year_reopenings" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"reason" text NOT NULL,
	"reopened_by" uuid NOT NULL,
	"reopened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "year_reopenings_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
ALTER TABLE "year_reopenings" ADD CONSTRAINT "year_reopenings_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_reopenings" ADD CONSTRAINT "year_reopenings_plan_fk" FOREIGN KEY ("commune_id","plan_id") REFERENCES "public"."plans"("commune_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "year_reopenings_commune_plan_year_idx" ON "year_reopenings" USING btree ("commune_id","plan_id","year");