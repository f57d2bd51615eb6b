/**
 * Reader of the PIAO text format: the text extracted from a PIAO PDF, in any
 * of the layouts such extractions produce, into a PlanDocument.
 * Pure: no I/O. The document is null whenever a diagnostic is an error.
 */
import "../../i18n/import-messages.ts";
import type { Diagnostic } from "../../domain/diagnostics.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { emptySectionRecords } from "../../domain/sections/index.ts";
import { type DecodedText, decodeText, prepareText } from "../decode.ts";
import { ActionCollector } from "./actions.ts";
import { AnagraficaReader } from "./anagrafica.ts";
import { walkBody } from "./body.ts";
import type { ReadContext } from "./context.ts";
import { readFrontMatter } from "./front-matter.ts";
import { checkLineLengths, toSourceLines } from "./lines.ts";
import { SectionRegistry } from "./sections.ts";
import { DiagnosticSink } from "./sink.ts";
import { UnitRegistry } from "./units.ts";

export interface PiaoTextResult {
  document: PlanDocument | null;
  diagnostics: Diagnostic[];
}

export function readPiaoText(input: Uint8Array | string): PiaoTextResult {
  const sink = new DiagnosticSink();
  const decoded: DecodedText = typeof input === "string" ? prepareText(input) : decodeText(input);
  for (const d of decoded.diagnostics) sink.add(d);
  const document = decoded.text === null ? null : readDecoded(decoded.text, sink);
  return { document: sink.hasErrors ? null : document, diagnostics: sink.list() };
}

function readDecoded(text: string, sink: DiagnosticSink): PlanDocument | null {
  const raw = text.split("\n");
  if (!checkLineLengths(raw, sink)) return null;
  const lines = toSourceLines(raw);
  const front = readFrontMatter(lines, sink);
  if (!front) return null;
  const ctx: ReadContext = {
    lines,
    sink,
    startYear: front.header.startYear,
    endYear: front.header.endYear,
    sections: new SectionRegistry(front.index),
    units: new UnitRegistry(),
    objectiveLines: new Map(),
    indicatorLines: new Map(),
  };
  const actions = new ActionCollector();
  const anagrafica = new AnagraficaReader();
  const objectives = walkBody(ctx, front.bodyStart, actions, anagrafica);
  if (objectives.length === 0 && ctx.objectiveLines.size === 0)
    sink.warning("import.noObjectives", null);
  return {
    administration: anagrafica.finish(sink),
    plan: front.header,
    sections: ctx.sections.sections(),
    units: ctx.units.list(),
    positiveActions: actions.finish(sink),
    ...emptySectionRecords(),
    objectives,
  };
}
