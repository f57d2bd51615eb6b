/**
 * The one error type services throw, with a closed set of codes. Edges map
 * the code once: the CLI to an exit code, HTTP (later) to a status.
 */
import type { Diagnostic } from "../domain/diagnostics.ts";

export type AppErrorCode = "invalid_input" | "not_found" | "conflict" | "forbidden";

/** For a conflict: what the other writer changed, field by field. */
export interface FieldChange {
  field: string;
  expected: unknown;
  current: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Message code for src/i18n, with its parameters. */
    readonly messageCode: string,
    readonly params: Record<string, string | number> = {},
    readonly diagnostics: Diagnostic[] = [],
    readonly changes: FieldChange[] = [],
  ) {
    super(`${code}: ${messageCode} ${JSON.stringify(params)}`);
    this.name = "AppError";
  }
}
