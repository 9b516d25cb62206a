export { runImport, IMPORT_AGENT, SYNC_TYPE } from "./run";
export type { ImportOptions, ImportProgress, ImportStage, ImportSummary } from "./run";
export { ImportFatalError } from "./errors";
export type { ImportWarning } from "./errors";
