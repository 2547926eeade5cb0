ALTER TABLE "materials" ADD COLUMN "file_media_type" text;--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "file_size" integer;--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "file_sha256" text;--> statement-breakpoint
ALTER TABLE "materials" ADD COLUMN "file_key" text;