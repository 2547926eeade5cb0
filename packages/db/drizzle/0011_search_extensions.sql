-- Search without diacritics (issue 10, point 9): "ro mah" finds "Rơ Mah", "hoa giai" finds "hòa giải".
-- unaccent and pg_trgm ship with PostgreSQL (contrib) and with the embedded server; both are trusted extensions,
-- so the schema's owner may create them. unaccent() itself is only STABLE (its dictionary could change), so an
-- index cannot use it: hgcs_search_text names the dictionary and is declared IMMUTABLE, the usual practice.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
--> statement-breakpoint
CREATE FUNCTION hgcs_search_text(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
