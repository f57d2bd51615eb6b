/** What a reader or a check says about its input, tied to a line or a field. */
export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Message code, rendered in the user's language by src/i18n. */
  code: string;
  /** Values the message refers to. */
  params: Record<string, string | number>;
  /** 1-based line (or row) of the input, when the problem has one. */
  line: number | null;
  /** Field of the input (e.g. "objectives[2].indicators[0].targets[0]"), for structured inputs. */
  field?: string;
}

export function error(
  code: string,
  line: number | null,
  params: Record<string, string | number> = {},
): Diagnostic {
  return { severity: "error", code, params, line };
}

export function warning(
  code: string,
  line: number | null,
  params: Record<string, string | number> = {},
): Diagnostic {
  return { severity: "warning", code, params, line };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
