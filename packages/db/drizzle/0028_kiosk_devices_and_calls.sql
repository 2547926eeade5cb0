CREATE TABLE "kiosk_calls" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"device_id" uuid NOT NULL,
	"called_at" timestamp with time zone NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	CONSTRAINT "kiosk_calls_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
CREATE TABLE "kiosk_devices" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"name" text NOT NULL,
	"place" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid NOT NULL,
	"last_seen_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "kiosk_devices_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_receipts" ADD COLUMN "device_id" uuid;--> statement-breakpoint
ALTER TABLE "kiosk_calls" ADD CONSTRAINT "kiosk_calls_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_calls" ADD CONSTRAINT "kiosk_calls_device_fk" FOREIGN KEY ("commune_id","device_id") REFERENCES "public"."kiosk_devices"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_devices" ADD CONSTRAINT "kiosk_devices_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kiosk_calls_open_idx" ON "kiosk_calls" USING btree ("commune_id","called_at") WHERE "kiosk_calls"."handled_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "kiosk_devices_token_uq" ON "kiosk_devices" USING btree ("commune_id","token_hash");--> statement-breakpoint
ALTER TABLE "case_receipts" ADD CONSTRAINT "case_receipts_device_fk" FOREIGN KEY ("commune_id","device_id") REFERENCES "public"."kiosk_devices"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_receipts_device_idx" ON "case_receipts" USING btree ("commune_id","device_id","created_at");