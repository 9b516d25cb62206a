import type { FileHandle } from "node:fs/promises";
import zlib from "node:zlib";
import type { Entry } from "yauzl";
import { entryReadError } from "./source-errors";
import { ListedFile, type SharedStrings } from "./source-file";

/** One opened zip file, shared by its members: the handle they read from, and whether it is closed. */
export interface ZipArchive {
  readonly handle: FileHandle;
  readonly fileSize: number;
  isClosed(): boolean;
}

const LOCAL_HEADER = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const STORED = 0;
const DEFLATED = 8;

/**
 * A file inside a zip, as a few numbers instead of yauzl's `Entry` (about 2 KB of buffers and
 * fields each, which for a 100,000-page export was most of the importer's memory). Reading is
 * one positioned read and one inflate, instead of a chain of streams per file.
 */
export class ZipMember extends ListedFile {
  private readonly offset: number;
  private readonly compressedSize: number;
  private readonly method: number;
  private readonly flags: number;

  constructor(path: string, strings: SharedStrings, private readonly archive: ZipArchive, entry: Entry) {
    super(path, entry.uncompressedSize, strings);
    this.offset = entry.relativeOffsetOfLocalHeader;
    this.compressedSize = entry.compressedSize;
    this.method = entry.compressionMethod;
    this.flags = entry.generalPurposeBitFlag;
  }

  async read(): Promise<Buffer> {
    if (this.archive.isClosed()) throw new Error(`Cannot read "${this.label}": the export source is closed.`);
    if (this.flags & 0x1) throw this.cannotRead("entry is encrypted");
    if (this.method !== STORED && this.method !== DEFLATED) throw this.cannotRead(`unsupported compression method: ${this.method}`);
    const data = await this.readData();
    if (this.method === STORED) return data;
    return this.inflate(data);
  }

  private async readData(): Promise<Buffer> {
    const header = Buffer.allocUnsafe(LOCAL_HEADER_BYTES);
    const { bytesRead } = await this.archive.handle.read(header, 0, LOCAL_HEADER_BYTES, this.offset);
    if (bytesRead < LOCAL_HEADER_BYTES) throw this.cannotRead("unexpected EOF");
    const signature = header.readUInt32LE(0);
    if (signature !== LOCAL_HEADER) throw this.cannotRead(`invalid local file header signature: 0x${signature.toString(16)}`);
    const start = this.offset + LOCAL_HEADER_BYTES + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + this.compressedSize > this.archive.fileSize) {
      throw this.cannotRead(`file data overflows file bounds: ${start} + ${this.compressedSize} > ${this.archive.fileSize}`);
    }
    const data = Buffer.allocUnsafe(this.compressedSize);
    const read = await this.archive.handle.read(data, 0, this.compressedSize, start);
    if (read.bytesRead < this.compressedSize) throw this.cannotRead("unexpected EOF");
    return data;
  }

  /**
   * Inflates at most one byte more than declared: a member that unpacks to more than its header
   * says is a zip bomb, and is stopped there rather than unpacked. The declared size is already
   * within the per-file limit (checked when the zip was listed).
   */
  private inflate(data: Buffer): Buffer {
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, this.size + 1) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw this.overDeclared();
      throw this.cannotRead(err instanceof Error ? err.message : String(err));
    }
    if (out.length > this.size) throw this.overDeclared();
    if (out.length < this.size) throw this.cannotRead(`not enough bytes in the stream. expected ${this.size}. got ${out.length}`);
    return out;
  }

  /** In the words yauzl's size check used, so the message is the one streaming gave. */
  private overDeclared(): Error {
    return entryReadError(this.label, new Error(`too many bytes in the stream. expected ${this.size}. got at least ${this.size + 1}`));
  }

  private cannotRead(reason: string): Error {
    return entryReadError(this.label, new Error(reason));
  }
}
