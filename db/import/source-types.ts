/** One file of a Notion export, wherever it came from (zip, nested part zip, or folder). */
export interface ExportEntry {
  /**
   * Path inside the export: '/'-separated, NFC-normalised, with part-zip nesting and wrapper
   * folders (`Export-<uuid>/`, `ExportBlock-<uuid>/`, teamspace folders) removed.
   */
  path: string;
  /** Uncompressed size in bytes, as declared (zip) or stat'ed (folder). */
  size: number;
  /** Reads the whole file. Never called for entries above the per-entry limit. */
  read(): Promise<Buffer>;
}

export interface ExportSource {
  kind: "zip" | "folder";
  /** Every file (no directories), without `__MACOSX/`, `.DS_Store` and nested `*.zip` parts. */
  entries: ExportEntry[];
  /** Closes zip handles and deletes temporary files. */
  close(): Promise<void>;
}

export interface ImportLimits {
  /** Most files accepted across all parts. */
  maxEntries: number;
  /** Largest single uncompressed file, in bytes. */
  maxEntryBytes: number;
  /** Largest total uncompressed size across all parts, in bytes. */
  maxTotalBytes: number;
  /** How deep zips may nest (outer zip → part zip is depth 2). */
  maxZipDepth: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxEntries: 250_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
  maxZipDepth: 3,
};
