import type { Diagnostic } from "../domain/diagnostics.ts";
import { formatDiagnostic } from "../i18n/index.ts";
import type { CliContext } from "./context.ts";

/** Errors first, then warnings, each with its line or field. */
export function printDiagnostics(
  ctx: CliContext,
  diagnostics: readonly Diagnostic[],
  source?: string,
) {
  const sorted = [...diagnostics].sort((a, b) =>
    a.severity === b.severity ? (a.line ?? 0) - (b.line ?? 0) : a.severity === "error" ? -1 : 1,
  );
  for (const d of sorted) ctx.err(`${source ? `${source}: ` : ""}${formatDiagnostic(d, ctx.lang)}`);
}
