/** Reads a written .docx back for tests: its parts' XML and the text of each paragraph, entities decoded. */
import JSZip from 'jszip';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (entities[e] ?? m),
  );

/** Text of a piece of WordprocessingML: `w:t` contents in order, `w:br` as a line break. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
    .map((m) => (m[1] === undefined ? '\n' : decode(m[1])))
    .join('');
}

export type ReadDocx = {
  documentXml: string;
  stylesXml: string;
  paragraphs: string[];
  runs: { xml: string; text: string }[];
};

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing from the .docx`);
    return file.async('string');
  };
  const documentXml = await part('word/document.xml');
  return {
    documentXml,
    stylesXml: await part('word/styles.xml'),
    paragraphs: [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0])),
    runs: [...documentXml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => ({ xml: m[0], text: textOf(m[0]) })),
  };
}
