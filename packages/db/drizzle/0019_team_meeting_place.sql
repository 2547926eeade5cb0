ALTER TABLE "teams" ADD COLUMN "meeting_place" text;--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "meeting_time" text;