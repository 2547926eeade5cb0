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
  /** The uploaded file, if any (downloaded from /files/materials/<id>, or /public/materials/<commune>/<id> when public). */
  file: { mediaType: string; size: number } | null;
};

/** A row → its view. */
export function toMaterialView(row: MaterialRow): MaterialView {
  const { id, title, description, kind, tags, language, visibility, url } = row;
  const file = row.fileMediaType && row.fileSize !== null ? { mediaType: row.fileMediaType, size: row.fileSize } : null;
  return { id, title, description, kind, tags, language, visibility, url, file };
}

/** A row as the queries give it: the view's fields and the file's columns. */
export type MaterialRow = Omit<MaterialView, 'file'> & {
  fileMediaType: string | null;
  fileSize: number | null;
} & Record<string, unknown>;

/** What citizens see of a public item (no visibility: they only ever see public ones). */
export type PublicMaterialView = Omit<MaterialView, 'visibility'>;
export function toPublicMaterialView(row: MaterialRow): PublicMaterialView {
  const { id, title, description, kind, tags, language, url, file } = toMaterialView(row);
  return { id, title, description, kind, tags, language, url, file };
}
