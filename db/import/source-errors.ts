import { ImportFatalError } from "./errors";

/** The messages of refused uploads: each says what is wrong in words an admin can act on. */

const YAUZL_NAME_ERROR = /^(absolute path|invalid relative path|invalid characters in fileName): ([\s\S]*)$/;
const YAUZL_NAME_REASONS: Record<string, string> = {
  "absolute path": "it is an absolute path",
  "invalid relative path": "it climbs out of the export with '..'",
  "invalid characters in fileName": "it contains invalid characters",
};

export function partTooLarge(rel: string, budget: number): ImportFatalError {
  return new ImportFatalError("too_large", `The part zip "${rel}" would unpack to more than the ${budget} bytes allowed in total.`);
}

export function unsafePath(name: string, why: string): ImportFatalError {
  return new ImportFatalError("unsafe_path", `The upload contains an unsafe file name ${JSON.stringify(name)}: ${why}. Nothing was imported.`);
}

export function zipError(label: string | null, err: Error): ImportFatalError {
  const name = YAUZL_NAME_ERROR.exec(err.message);
  return name ? unsafePath(name[2] ?? "", YAUZL_NAME_REASONS[name[1] ?? ""] ?? "it is not allowed") : corruptZip(label, err);
}

export function corruptZip(label: string | null, err: unknown): ImportFatalError {
  const where = label === null ? "" : `the part "${label}": `;
  return new ImportFatalError("corrupt_zip", `The zip file is damaged or incomplete: ${where}${errorMessage(err)}`, { cause: err });
}

export function entryReadError(rel: string, err: unknown): Error {
  if (err instanceof ImportFatalError) return err;
  if (/^too many bytes in the stream/.test(errorMessage(err))) {
    return new ImportFatalError("too_large", `The file "${rel}" unpacks to more bytes than its zip header declares (${errorMessage(err)}). This looks like a zip bomb.`, { cause: err });
  }
  return new ImportFatalError("corrupt_zip", `The zip file is damaged or incomplete: cannot read "${rel}" (${errorMessage(err)}).`, { cause: err });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
