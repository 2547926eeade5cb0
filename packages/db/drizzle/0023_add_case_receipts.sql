CREATE TABLE "case_receipts" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"case_id" uuid NOT NULL,
	"factor_hash" text NOT NULL,
	"contact_via" text NOT NULL,
	"failed_checks" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_receipts_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "case_receipts_contact_ck" CHECK ("case_receipts"."contact_via" in ('phone', 'village_head')),
	CONSTRAINT "case_receipts_failed_ck" CHECK ("case_receipts"."failed_checks" >= 0)
);
--> statement-breakpoint
ALTER TABLE "case_receipts" ADD CONSTRAINT "case_receipts_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_receipts" ADD CONSTRAINT "case_receipts_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_receipts_case_uq" ON "case_receipts" USING btree ("commune_id","case_id");