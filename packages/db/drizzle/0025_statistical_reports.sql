CREATE TABLE "statistical_reports" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"year" integer NOT NULL,
	"period_kind" text NOT NULL,
	"status" text NOT NULL,
	"figures" jsonb NOT NULL,
	"prepared_by" uuid NOT NULL,
	"prepared_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"reopened_reason" text,
	"reopened_at" timestamp with time zone,
	CONSTRAINT "statistical_reports_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "statistical_reports_status_ck" CHECK ("statistical_reports"."status" in ('prepared', 'approved')),
	CONSTRAINT "statistical_reports_kind_ck" CHECK ("statistical_reports"."period_kind" in ('six_month', 'annual_preliminary', 'annual_official')),
	CONSTRAINT "statistical_reports_approved_ck" CHECK (("statistical_reports"."status" = 'approved') = ("statistical_reports"."approved_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "statistical_reports" ADD CONSTRAINT "statistical_reports_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "statistical_reports_period_uq" ON "statistical_reports" USING btree ("commune_id","year","period_kind");