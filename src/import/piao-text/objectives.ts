/** An objective block: header, description paragraphs, indicator table. */
import type { Indicator, Objective, ObjectiveTag } from "../../domain/plan.ts";
import { claimCode, isBoundary, type ReadContext } from "./context.ts";
import { readIndicatorTable } from "./indicators.ts";
import { type ObjectiveHeader, readObjectiveHeader } from "./objective-header.ts";
import { isTableHeaderStart } from "./recognise.ts";

/** Where the objective stands in the document. */
export interface ObjectivePlace {
  positiveAction: number | null;
  tags: ObjectiveTag[];
}

export interface ObjectiveResult {
  /** Null when the objective cannot be kept (no code, or a repeated code). */
  objective: Objective | null;
  /** The objective's code as written, "?" when missing (for messages). */
  code: string;
  next: number;
}

export function readObjective(ctx: ReadContext, i: number, place: ObjectivePlace): ObjectiveResult {
  const header = readObjectiveHeader(ctx, i);
  const code = header.code ?? "?";
  checkHeader(ctx, header, code);
  const unitKey =
    header.owner === null ? null : ctx.units.register(header.owner, header.line, ctx.sink);
  const body = readBody(ctx, header, code);
  const duplicate = { message: "import.duplicateObjective", param: "objective" };
  if (header.code === null || !claimCode(ctx, ctx.objectiveLines, code, header.line, duplicate)) {
    return { objective: null, code, next: body.next };
  }
  const objective: Objective = {
    code,
    title: header.title,
    description: body.description,
    unitKey,
    positiveAction: place.positiveAction,
    weight: null,
    tags: [...place.tags],
    indicators: body.indicators,
  };
  return { objective, code, next: body.next };
}

function checkHeader(ctx: ReadContext, header: ObjectiveHeader, code: string): void {
  if (header.code === null) {
    ctx.sink.error("import.objectiveNoCode", header.line);
  } else if (header.title === "") {
    ctx.sink.error("import.objectiveNoTitle", header.line, { objective: code });
  }
  if (header.owner === null) {
    ctx.sink.warning("import.objectiveNoUnit", header.line, { objective: code });
  }
}

/** The description paragraphs up to the indicator table, and the table. */
function readBody(
  ctx: ReadContext,
  header: ObjectiveHeader,
  code: string,
): { description: string; indicators: Indicator[]; next: number } {
  const paragraphs: string[] = [];
  let j = header.next;
  for (; !isBoundary(ctx, j); j++) paragraphs.push(ctx.lines[j]?.text ?? "");
  const description = paragraphs.join("\n\n");
  const tableLine = ctx.lines[j];
  if (tableLine && isTableHeaderStart(tableLine)) {
    const table = readIndicatorTable(ctx, j, code);
    return { description, indicators: table.indicators, next: table.next };
  }
  ctx.sink.error("import.noIndicators", header.line, { objective: code });
  return { description, indicators: [], next: j };
}
