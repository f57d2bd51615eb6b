/**
 * The import pipeline's front door: decode the bytes, tell the format from
 * the content, hand it to that format's reader. One normalised result.
 */
import type { Diagnostic } from "../domain/diagnostics.ts";
import type { PlanDocument } from "../domain/plan.ts";
import { readBundle } from "./bundle/read.ts";
import { decodeText } from "./decode.ts";
import { readPiaoText } from "./piao-text/read.ts";

export type PlanFileFormat = "piao-text" | "json-bundle";

export interface PlanFileResult {
  format: PlanFileFormat | null;
  document: PlanDocument | null;
  diagnostics: Diagnostic[];
}

export function detectFormat(text: string): PlanFileFormat {
  return /^\s*[{[]/.test(text.slice(0, 1024)) ? "json-bundle" : "piao-text";
}

export function readPlanFile(bytes: Uint8Array): PlanFileResult {
  const decoded = decodeText(bytes);
  if (decoded.text === null)
    return { format: null, document: null, diagnostics: decoded.diagnostics };
  const format = detectFormat(decoded.text);
  const read = format === "json-bundle" ? readBundle(decoded.text) : readPiaoText(decoded.text);
  return {
    format,
    document: read.document,
    diagnostics: [...decoded.diagnostics, ...read.diagnostics],
  };
}
