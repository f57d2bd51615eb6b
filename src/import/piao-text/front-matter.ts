/** The top of the document: title with the three years, date, and the INDICE. */
import type { PlanHeader } from "../../domain/plan.ts";
import { parseItalianDate } from "../italian-values.ts";
import { hasLowercase, normKey } from "../text-folding.ts";
import type { SourceLine } from "./lines.ts";
import { isObjectiveHeader } from "./recognise.ts";
import { headingKey, type IndexEntry, MAX_HEADING_LENGTH, parseHeadingText } from "./sections.ts";
import type { DiagnosticSink } from "./sink.ts";

export interface FrontMatter {
  header: PlanHeader;
  index: IndexEntry[];
  /** Position of the first logical line after the index. */
  bodyStart: number;
}

/** The title must be among the first lines of the document. */
const TITLE_SEARCH = 40;
const TITLE = /^PIANO\s+INTEGRATO\b.*?(\d{4})\s*[-–]\s*(\d{4})$/i;
const TITLE_START = /^PIANO\s+INTEGRATO\b/i;
const YEAR_RANGE = /^(\d{4})\s*[-–]\s*(\d{4})$/;
const MAX_PLAN_YEARS = 10;

export function readFrontMatter(
  lines: readonly SourceLine[],
  sink: DiagnosticSink,
): FrontMatter | null {
  const title = findTitle(lines);
  if (!title) {
    sink.error("import.notPiao", null);
    return null;
  }
  const { startYear, endYear } = title;
  if (endYear < startYear || endYear - startYear > MAX_PLAN_YEARS) {
    sink.error("import.badYears", title.line, { start: String(startYear), end: String(endYear) });
  }
  let next = title.next;
  const date = readDocumentDate(lines[next], sink);
  if (date !== undefined) next++;
  const index = readIndex(lines, next, sink);
  const header: PlanHeader = {
    title: title.text,
    startYear,
    endYear,
    documentDate: date ?? null,
    adoptionDate: null,
    status: "draft",
  };
  return { header, index: index.entries, bodyStart: index.next };
}

interface TitleLine {
  text: string;
  line: number;
  startYear: number;
  endYear: number;
  next: number;
}

function findTitle(lines: readonly SourceLine[]): TitleLine | null {
  const limit = Math.min(lines.length, TITLE_SEARCH);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as SourceLine;
    if (!TITLE_START.test(line.text)) continue;
    const m = TITLE.exec(line.text);
    if (m) return titleLine(line.text, line.line, m, i + 1);
    const years = YEAR_RANGE.exec(lines[i + 1]?.text ?? "");
    if (years) return titleLine(`${line.text} ${lines[i + 1]?.text}`, line.line, years, i + 2);
  }
  return null;
}

function titleLine(text: string, line: number, years: RegExpExecArray, next: number): TitleLine {
  return { text, line, startYear: Number(years[1]), endYear: Number(years[2]), next };
}

const DATE_LINE = /^(?:[^\d]{0,40}[,\s])?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$/;

/** The date under the title: ISO string, null when invalid, undefined when there is none. */
function readDocumentDate(
  line: SourceLine | undefined,
  sink: DiagnosticSink,
): string | null | undefined {
  if (!line || line.tabbed) return undefined;
  const m = DATE_LINE.exec(line.text);
  if (!m) return undefined;
  const value = m[1] ?? "";
  const date = parseItalianDate(value);
  if (date.ok) return date.iso;
  sink.error("import.badDocumentDate", line.line, { value });
  return null;
}

const INDEX_TITLES = new Set(["INDICE", "SOMMARIO"]);
/** The INDICE follows the title and date closely. */
const INDEX_SEARCH = 5;

function readIndex(
  lines: readonly SourceLine[],
  from: number,
  sink: DiagnosticSink,
): { entries: IndexEntry[]; next: number } {
  const limit = Math.min(lines.length, from + INDEX_SEARCH);
  for (let i = from; i < limit; i++) {
    if (INDEX_TITLES.has(normKey(lines[i]?.text ?? ""))) return readIndexEntries(lines, i + 1);
  }
  sink.warning("import.noIndex", lines[from]?.line ?? null);
  return { entries: [], next: from };
}

/** Entries until the text repeats one of them (the body starts) or a line is clearly not one. */
function readIndexEntries(
  lines: readonly SourceLine[],
  from: number,
): { entries: IndexEntry[]; next: number } {
  const entries: IndexEntry[] = [];
  const seen = new Set<string>();
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const text = withoutPageNumber(line);
    if (text === null || isObjectiveHeader(line)) break;
    const { code, title } = parseHeadingText(text);
    const key = headingKey(code, title);
    if (seen.has(key)) break;
    seen.add(key);
    entries.push({ code, title, line: line.line });
  }
  return { entries, next: i };
}

/** The entry text without a trailing page number or dot leaders; null when it is not an entry. */
function withoutPageNumber(line: SourceLine): string | null {
  const cells = [...line.cells];
  if (cells.length > 1 && /^\d+$/.test(cells[cells.length - 1] ?? "")) cells.pop();
  if (cells.filter((cell) => cell !== "").length > 1) return null;
  const cell = cells[0] ?? "";
  if (cell.length > MAX_HEADING_LENGTH) return null;
  const text = cell.replace(/\s*\.{3,}\s*\d*$/, "").trim();
  if (text === "") return null;
  if (hasLowercase(text) && (/[.;:,]$/.test(text) || text.split(" ").length > 15)) return null;
  return text;
}
