import { ZipFile as YazlZip } from "yazl";

export type ZipFiles = [name: string, content: string | Buffer][];

/** A zip built in memory; names ending in "/" become directory entries. */
export async function zipBytes(files: ZipFiles): Promise<Buffer> {
  const zip = new YazlZip();
  for (const [name, content] of files) {
    if (name.endsWith("/")) zip.addEmptyDirectory(name);
    else zip.addBuffer(Buffer.from(content), name, { mtime: new Date("2025-12-01T00:00:00Z") });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Swaps an entry name for one of equal byte length in both the local and the central header:
 * zip writers refuse to write hostile names (`../x`, `/x`), but attackers' tools do not.
 */
export function patchEntryName(zip: Buffer, from: string, to: string): Buffer {
  const [a, b] = [Buffer.from(from), Buffer.from(to)];
  if (a.length !== b.length) throw new Error("patchEntryName needs names of equal byte length");
  const out = Buffer.from(zip);
  let hits = 0;
  for (let at = out.indexOf(a); at >= 0; at = out.indexOf(a, at + 1)) {
    b.copy(out, at);
    hits += 1;
  }
  if (hits !== 2) throw new Error(`expected the name in 2 headers, found ${hits}`);
  return out;
}
