/**
 * The text of a downloaded .docx's body (word/document.xml), read with Node's own zlib: the zip's central directory
 * names each entry, its method (0 stored, 8 deflated) and where its bytes are. Tags are dropped, entities kept.
 */
import { inflateRawSync } from 'node:zlib';

export function docxText(zip: Buffer): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n -= 1) {
    const [method, size, nameLength, extra, comment, local] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
      zip.readUInt32LE(at + 42),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const bytes = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(bytes) : bytes).toString('utf8').replace(/<[^>]+>/g, '');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error('no word/document.xml in the file');
}
