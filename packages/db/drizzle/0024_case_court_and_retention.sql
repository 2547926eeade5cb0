ALTER TABLE "cases" ADD COLUMN "court_requested_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "court_requester_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "court_decision" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "court_decided_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "pseudonymised_on" date;