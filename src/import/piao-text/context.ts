/** What the parts of the reader share while reading one document. */
import type { SourceLine } from "./lines.ts";
import { isObjectiveHeader, isTableHeaderStart, matchActionHeading } from "./recognise.ts";
import type { SectionRegistry } from "./sections.ts";
import type { DiagnosticSink } from "./sink.ts";
import type { UnitRegistry } from "./units.ts";

export interface ReadContext {
  readonly lines: readonly SourceLine[];
  readonly sink: DiagnosticSink;
  readonly startYear: number;
  readonly endYear: number;
  readonly sections: SectionRegistry;
  readonly units: UnitRegistry;
  /** Code → line of its first occurrence. */
  readonly objectiveLines: Map<string, number>;
  readonly indicatorLines: Map<string, number>;
}

/** A line that starts something new: objective, indicator table, action area or section. */
export function isBoundary(ctx: ReadContext, i: number): boolean {
  const line = ctx.lines[i];
  if (!line) return true;
  return (
    isObjectiveHeader(line) ||
    isTableHeaderStart(line) ||
    matchActionHeading(ctx.lines, i) !== null ||
    ctx.sections.isHeading(line)
  );
}

/**
 * Records a code; on a repeat reports it on the line of the second occurrence
 * and returns false.
 */
export function claimCode(
  ctx: ReadContext,
  seen: Map<string, number>,
  code: string,
  line: number,
  duplicate: { message: string; param: string },
): boolean {
  const first = seen.get(code);
  if (first === undefined) {
    seen.set(code, line);
    return true;
  }
  ctx.sink.error(duplicate.message, line, { [duplicate.param]: code, firstLine: String(first) });
  return false;
}
