CREATE TABLE "province_norms" (
	"province_code" text NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"resolution" text NOT NULL,
	"effective_from" date NOT NULL,
	"caps" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "province_norms_province_code_id_pk" PRIMARY KEY("province_code","id"),
	CONSTRAINT "province_norms_kind_ck" CHECK ("province_norms"."kind" in ('remuneration', 'spending'))
);
--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "file_media_type" text;--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "file_size" integer;--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "file_sha256" text;--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "file_key" text;--> statement-breakpoint
ALTER TABLE "province_norms" ADD CONSTRAINT "province_norms_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "province_norms_day_uq" ON "province_norms" USING btree ("province_code","kind","effective_from");