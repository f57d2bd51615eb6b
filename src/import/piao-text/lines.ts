/**
 * Logical lines: the text as the parser sees it. Bold markers, blank lines,
 * `----` rules under tab headers and repeated page headers are gone; every
 * line keeps its 1-based number in the input.
 */
import { hasLowercase } from "../text-folding.ts";
import type { DiagnosticSink } from "./sink.ts";

export const MAX_LINE_LENGTH = 10_000;

export interface SourceLine {
  /** 1-based line number in the input. */
  line: number;
  /** The non-empty cells joined by a space. */
  text: string;
  /** Tab-separated cells, trimmed; empty cells at either end dropped. */
  cells: string[];
  /** True when the input line was tab-separated. */
  tabbed: boolean;
}

/** Reports every line over the limit; false when there is one (nothing else is read then). */
export function checkLineLengths(raw: readonly string[], sink: DiagnosticSink): boolean {
  let ok = true;
  for (let i = 0; i < raw.length; i++) {
    const length = raw[i]?.length ?? 0;
    if (length > MAX_LINE_LENGTH) {
      sink.error("import.lineTooLong", i + 1, { length, limit: MAX_LINE_LENGTH });
      ok = false;
    }
  }
  return ok;
}

export function toSourceLines(raw: readonly string[]): SourceLine[] {
  const lines: SourceLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = toSourceLine(raw[i] ?? "", i + 1);
    if (line !== null) lines.push(line);
  }
  return dropPageHeaders(lines);
}

const RULE_CELL = /^[-=|:+]{3,}$/;

function toSourceLine(source: string, number: number): SourceLine | null {
  const cleaned = source.includes("**") ? source.replaceAll("**", "") : source;
  const cells = cleaned.split("\t").map((cell) => cell.trim());
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  while (cells.length > 0 && cells[0] === "") cells.shift();
  if (cells.length === 0) return null;
  if (cells.every((cell) => cell === "" || RULE_CELL.test(cell))) return null;
  const text = cells.filter((cell) => cell !== "").join(" ");
  return { line: number, text, cells, tabbed: source.includes("\t") };
}

const YEAR_RANGE = /^\d{4}\s*[-–]\s*\d{4}$/;
const KNOWN_PAGE_HEADER = /^PIANO AZIONI POSITIVE$/i;
/** Lines at the very top are the document's own title, never a running header. */
const TITLE_ZONE = 3;

function isHeaderPair(lines: readonly SourceLine[], i: number): boolean {
  const first = lines[i];
  const second = lines[i + 1];
  if (!first || !second || first.tabbed || second.tabbed) return false;
  if (first.text.length > 80 || hasLowercase(first.text) || /^\d/.test(first.text)) return false;
  return YEAR_RANGE.test(second.text);
}

/**
 * Drops running page headers: a short upper-case line followed by a year
 * range ("PIANO AZIONI POSITIVE" / "2025-2027"), when it is the known header
 * of the positive-actions annex or occurs more than once.
 */
function dropPageHeaders(lines: readonly SourceLine[]): SourceLine[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderPair(lines, i)) continue;
    const key = `${lines[i]?.text}\n${lines[i + 1]?.text}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const kept: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (i >= TITLE_ZONE && isHeaderPair(lines, i)) {
      const key = `${line.text}\n${lines[i + 1]?.text}`;
      if (KNOWN_PAGE_HEADER.test(line.text) || (counts.get(key) ?? 0) > 1) {
        i++;
        continue;
      }
    }
    kept.push(line);
  }
  return kept;
}
