-- The materials library (issue 13, point 3), searchable without diacritics: "hoa giai dat dai" finds "Hòa giải đất
-- đai". unaccent is created by 0011 (kept here too, harmless when present). The title, description and tags are folded
-- by hgcs_search_text (0011) into a 'simple' tsvector — no stemming, Vietnamese words are syllables — stored and
-- GIN-indexed. array_to_string is only STABLE, so the function names its configuration and is declared IMMUTABLE.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE FUNCTION hgcs_material_search(text, text, text[]) RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT to_tsvector('pg_catalog.simple'::regconfig, public.hgcs_search_text($1 || ' ' || $2 || ' ' || array_to_string($3, ' '))) $$;
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" text NOT NULL,
	"visibility" text NOT NULL,
	"url" text NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (hgcs_material_search(title, description, tags)) STORED NOT NULL,
	"client_key" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "materials_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "materials_kind_ck" CHECK ("materials"."kind" in ('document', 'video')),
	CONSTRAINT "materials_language_ck" CHECK ("materials"."language" in ('vi', 'jra', 'bdq', 'en', 'other')),
	CONSTRAINT "materials_visibility_ck" CHECK ("materials"."visibility" in ('public', 'internal')),
	CONSTRAINT "materials_url_ck" CHECK ("materials"."url" like 'https://%')
);
--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "materials_client_key_uq" ON "materials" USING btree ("commune_id","client_key");--> statement-breakpoint
CREATE INDEX "materials_search_idx" ON "materials" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "materials_commune_title_idx" ON "materials" USING btree ("commune_id","title");