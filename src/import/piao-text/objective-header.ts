/**
 * The header of an objective in its layouts:
 * - "Obiettivo Performance 1609 TITLE Area …" on one line;
 * - tab cells "Obiettivo Performance⇥1628⇥TITLE⇥Area …";
 * - one field per line: "Obiettivo Performance" / "1712" / "TITLE" / "Area …";
 * - "Obiettivo Performance 1715 TITLE" with the unit on the next line.
 */

import { hasLowercase } from "../text-folding.ts";
import { isBoundary, type ReadContext } from "./context.ts";
import type { SourceLine } from "./lines.ts";
import { isUnitLine, splitTitleAndOwner, stripObjectivePrefix } from "./recognise.ts";

export interface ObjectiveHeader {
  line: number;
  code: string | null;
  title: string;
  owner: string | null;
  /** Position of the first line after the header. */
  next: number;
}

const CODE_FIRST = /^(\d{1,10})(?:\s*[:.\-–]\s*|\s+|$)(.*)$/;
const CODE_ONLY = /^\d{1,10}$/;

export function readObjectiveHeader(ctx: ReadContext, i: number): ObjectiveHeader {
  const first = ctx.lines[i] as SourceLine;
  const parts = headerParts(first);
  const header: ObjectiveHeader = {
    line: first.line,
    code: null,
    title: "",
    owner: null,
    next: i + 1,
  };
  const codeCell = CODE_FIRST.exec(parts[0] ?? "");
  if (codeCell) {
    header.code = codeCell[1] ?? null;
    parts[0] = (codeCell[2] ?? "").trim();
    if (parts[0] === "") parts.shift();
  } else if (parts.length === 0) {
    const next = ctx.lines[header.next];
    if (next && CODE_ONLY.test(next.text)) {
      header.code = next.text;
      header.next++;
    }
  }
  takeTitleAndOwner(header, parts);
  readFollowingLines(ctx, header);
  return header;
}

function headerParts(line: SourceLine): string[] {
  const cells = line.tabbed ? [...line.cells] : [line.text];
  cells[0] = stripObjectivePrefix(cells[0] ?? "");
  return cells.map((cell) => cell.trim()).filter((cell) => cell !== "");
}

function takeTitleAndOwner(header: ObjectiveHeader, parts: readonly string[]): void {
  if (parts.length >= 2) {
    header.title = parts[0] ?? "";
    header.owner = parts[1] ?? null;
  } else if (parts.length === 1) {
    const split = splitTitleAndOwner(parts[0] ?? "");
    header.title = split.title;
    header.owner = split.owner;
  }
}

/** Title, title continuation and unit written on the lines after the header line. */
function readFollowingLines(ctx: ReadContext, header: ObjectiveHeader): void {
  const usable = (j: number): SourceLine | null => {
    const line = ctx.lines[j];
    return line && !line.tabbed && !isBoundary(ctx, j) && !isUnitLine(line) ? line : null;
  };
  if (header.title === "") {
    const line = usable(header.next);
    if (line) {
      header.title = line.text;
      header.next++;
    }
  }
  if (header.owner !== null) return;
  if (header.title !== "" && !hasLowercase(header.title)) {
    for (let line = usable(header.next); line && !hasLowercase(line.text); ) {
      header.title = `${header.title} ${line.text}`;
      header.next++;
      line = usable(header.next);
    }
  }
  const unit = ctx.lines[header.next];
  if (unit && isUnitLine(unit) && !isBoundary(ctx, header.next)) {
    header.owner = unit.text;
    header.next++;
  }
}
