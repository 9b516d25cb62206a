/**
 * A problem that makes the whole export unusable: the run stops, nothing is written, and the
 * message is shown to the admin as is, so it must say what is wrong in plain words.
 */
export type FatalCode =
  | "not_found"
  | "not_a_zip"
  | "corrupt_zip"
  | "unsafe_path"
  | "too_large"
  | "too_many_entries"
  | "empty"
  | "not_an_export";

export class ImportFatalError extends Error {
  override name = "ImportFatalError";
  constructor(
    readonly code: FatalCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A problem with one page: the page still imports (with the field empty) and this is listed. */
export interface ImportWarning {
  code: string;
  message: string;
  /** Export path of the page concerned, when there is one. */
  path?: string;
  notionPageId?: string;
}
