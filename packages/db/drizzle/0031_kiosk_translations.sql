-- The kiosk in Bahnar and Jrai (issue 12, points 6-7): each commune's translation of a kiosk text and its recording
-- of it, one per (commune, language, key).
CREATE TABLE "kiosk_recordings" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"lang" text NOT NULL,
	"text_key" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kiosk_recordings_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "kiosk_recordings_lang_ck" CHECK ("kiosk_recordings"."lang" in ('bdq', 'jra')),
	CONSTRAINT "kiosk_recordings_size_ck" CHECK ("kiosk_recordings"."size" > 0 and "kiosk_recordings"."size" = octet_length("kiosk_recordings"."bytes"))
);
--> statement-breakpoint
CREATE TABLE "kiosk_translations" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"lang" text NOT NULL,
	"text_key" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kiosk_translations_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "kiosk_translations_lang_ck" CHECK ("kiosk_translations"."lang" in ('bdq', 'jra'))
);
--> statement-breakpoint
ALTER TABLE "kiosk_recordings" ADD CONSTRAINT "kiosk_recordings_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_translations" ADD CONSTRAINT "kiosk_translations_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kiosk_recordings_key_uq" ON "kiosk_recordings" USING btree ("commune_id","lang","text_key");--> statement-breakpoint
CREATE UNIQUE INDEX "kiosk_translations_key_uq" ON "kiosk_translations" USING btree ("commune_id","lang","text_key");