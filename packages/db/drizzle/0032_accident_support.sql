CREATE TABLE "accident_support_requests" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"client_key" uuid NOT NULL,
	"mediator_id" uuid NOT NULL,
	"occurred_on" date NOT NULL,
	"what_happened" text NOT NULL,
	"harm" text NOT NULL,
	"died_on" date,
	"circumstance" text NOT NULL,
	"reasonable_route_and_time" boolean,
	"has_health_insurance" boolean NOT NULL,
	"case_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accident_support_requests_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
ALTER TABLE "accident_support_requests" ADD CONSTRAINT "accident_support_requests_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_support_requests" ADD CONSTRAINT "accident_support_requests_mediator_fk" FOREIGN KEY ("commune_id","mediator_id") REFERENCES "public"."mediators"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accident_support_requests" ADD CONSTRAINT "accident_support_requests_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accident_support_requests_client_key_uq" ON "accident_support_requests" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "accident_support_requests_occurred_idx" ON "accident_support_requests" USING btree ("commune_id","occurred_on");