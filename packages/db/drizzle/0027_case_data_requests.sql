CREATE TABLE "case_data_request_cases" (
	"commune_id" integer NOT NULL,
	"request_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "case_data_request_cases_commune_id_request_id_case_id_pk" PRIMARY KEY("commune_id","request_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "case_data_requests" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"client_key" uuid NOT NULL,
	"kind" text NOT NULL,
	"received_on" date NOT NULL,
	"requester_name" text NOT NULL,
	"asked" text NOT NULL,
	"third_party_must_act" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"refusal_rule" text,
	"answer" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_data_requests_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "case_data_requests_closed_ck" CHECK (("case_data_requests"."status" = 'open') = ("case_data_requests"."closed_on" is null) and ("case_data_requests"."status" = 'refused') = ("case_data_requests"."refusal_rule" is not null))
);
--> statement-breakpoint
ALTER TABLE "case_data_request_cases" ADD CONSTRAINT "case_data_request_cases_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_data_request_cases" ADD CONSTRAINT "case_data_request_cases_request_fk" FOREIGN KEY ("commune_id","request_id") REFERENCES "public"."case_data_requests"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_data_request_cases" ADD CONSTRAINT "case_data_request_cases_case_fk" FOREIGN KEY ("commune_id","case_id") REFERENCES "public"."cases"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_data_requests" ADD CONSTRAINT "case_data_requests_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_data_requests_client_key_uq" ON "case_data_requests" USING btree ("commune_id","client_key");