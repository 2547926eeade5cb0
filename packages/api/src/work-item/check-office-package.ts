/**
 * Refuses Office files (DOCX, XLSX — ZIP packages) that would unpack into too much (FU-01, zip bombs): more than
 * 1,000 parts or 50 MB in all. The ZIP's central directory is read with yauzl; each part is then inflated as a
 * stream and counted, and yauzl stops a part that inflates past its declared size, so a lying directory cannot
 * get more than the bound through. Nothing is kept.
 */
import { DomainError } from '@hgcs/domain';
import yauzl from 'yauzl';

export const officePackageLimits = { maxEntries: 1_000, maxInflatedBytes: 50 * 1024 * 1024 };

/** Resolves when the package is within the limits; else throws `EVIDENCE.PACKAGE_TOO_LARGE`. */
export async function checkOfficePackage(
  bytes: Uint8Array,
  { maxEntries, maxInflatedBytes } = officePackageLimits,
): Promise<void> {
  const refused = new DomainError('EVIDENCE.PACKAGE_TOO_LARGE', {
    maxMb: Math.round(maxInflatedBytes / 1024 / 1024),
    maxEntries,
  });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, autoClose: false }, (error, file) =>
      error ? reject(refused) : resolve(file),
    ),
  );
  try {
    if (zip.entryCount > maxEntries) throw refused;
    const entries = await listEntries(zip, maxInflatedBytes, refused);
    for (const entry of entries) await inflate(zip, entry, refused);
  } finally {
    zip.close();
  }
}

/** The central directory's entries, refused as soon as their declared sizes pass the bound. */
function listEntries(zip: yauzl.ZipFile, maxInflatedBytes: number, refused: DomainError): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      if (declared > maxInflatedBytes) return reject(refused);
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(refused));
    zip.readEntry();
  });
}

/** Inflates one part and drops its bytes; fails when it is damaged or longer than it declares. */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, refused: DomainError): Promise<void> {
  const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) => (error ? reject(refused) : resolve(s))),
  );
  await new Promise<void>((resolve, reject) => {
    stream.on('data', () => undefined);
    stream.on('end', resolve);
    stream.on('error', () => reject(refused));
  });
}
