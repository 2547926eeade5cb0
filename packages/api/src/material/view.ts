/** An item of the materials library as the console, the kiosk and the portal show it (explicit fields). */
import type { MaterialKind, MaterialLanguage } from '@hgcs/domain';

export type MaterialView = {
  id: string;
  title: string;
  description: string;
  kind: MaterialKind;
  tags: string[];
  language: MaterialLanguage;
  visibility: 'public' | 'internal';
  url: string;
};

/** A row → its view. */
export function toMaterialView(row: MaterialView & Record<string, unknown>): MaterialView {
  const { id, title, description, kind, tags, language, visibility, url } = row;
  return { id, title, description, kind, tags, language, visibility, url };
}

/** What citizens see of a public item (no visibility: they only ever see public ones). */
export type PublicMaterialView = Omit<MaterialView, 'visibility'>;
export function toPublicMaterialView(row: MaterialView): PublicMaterialView {
  const { id, title, description, kind, tags, language, url } = row;
  return { id, title, description, kind, tags, language, url };
}
