/** Reads a JSON bundle: syntax, then the schema, then the plan rules; every problem by line or field. */
import type { z } from "zod";
import { type Diagnostic, error, hasErrors } from "../../domain/diagnostics.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { validatePlanDocument } from "../../domain/plan-rules.ts";
import { jsonErrorOffset, lineOfOffset } from "./json-error-offset.ts";
import { type Bundle, BundleSchema } from "./schema.ts";

export interface BundleReadResult {
  document: PlanDocument | null;
  edition: number | null;
  diagnostics: Diagnostic[];
}

/** Line of a JSON.parse failure, from the message of Node 22+ ("line N") or by scanning. */
function syntaxErrorLine(text: string, message: string): number | null {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const offset = jsonErrorOffset(text);
  return offset === null ? null : lineOfOffset(text, offset);
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}

function schemaDiagnostics(issues: z.core.$ZodIssue[]): Diagnostic[] {
  return issues.slice(0, 200).map((issue) => ({
    ...error("bundle.invalidField", null, { problem: issue.message }),
    field: fieldPath(issue.path) || "(radice)",
  }));
}

export function toPlanDocument(bundle: Bundle): PlanDocument {
  const { format: _f, version: _v, edition: _e, ...document } = bundle;
  return document;
}

export function readBundle(text: string): BundleReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      document: null,
      edition: null,
      diagnostics: [error("bundle.badJson", syntaxErrorLine(text, message), { problem: message })],
    };
  }
  const parsed = BundleSchema.safeParse(raw);
  if (!parsed.success) {
    return { document: null, edition: null, diagnostics: schemaDiagnostics(parsed.error.issues) };
  }
  const document = toPlanDocument(parsed.data);
  const diagnostics = validatePlanDocument(document);
  return {
    document: hasErrors(diagnostics) ? null : document,
    edition: parsed.data.edition ?? null,
    diagnostics,
  };
}
