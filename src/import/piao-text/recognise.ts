/** What kind of line this is: the landmarks of objective blocks and action areas. */

import { hasLowercase, normKey } from "../text-folding.ts";
import type { SourceLine } from "./lines.ts";

const OBJECTIVE_PREFIX = /^obiettivo\s+(?:di\s+)?performance\b/i;

/** "Obiettivo Performance …" in any of its layouts. */
export function isObjectiveHeader(line: SourceLine): boolean {
  return OBJECTIVE_PREFIX.test(line.cells[0] ?? "");
}

const OBJECTIVE_PREFIX_AND_NUMBER_SIGN =
  /^obiettivo\s+(?:di\s+)?performance\b\s*[:.\-–]?\s*(?:(?:n|cod|codice)\.?\s*(?=\d)|n°\s*)?/i;

/** The header cell text after "Obiettivo Performance" (and "n.", "cod." before the code). */
export function stripObjectivePrefix(cell: string): string {
  return cell.replace(OBJECTIVE_PREFIX_AND_NUMBER_SIGN, "");
}

/** First cell "Codice e descrizione indicatore" of an indicator table header. */
export function isTableHeaderStart(line: SourceLine): boolean {
  const cell = line.cells[0] ?? "";
  if (!/^codice\s/i.test(cell)) return false;
  const key = normKey(cell);
  return key.startsWith("CODICE E DESCRIZIONE") && key.includes("INDICATOR");
}

const HEADER_CELLS = new Set(["UNITA DI MISURA", "OBIETTIVO", "TARGET", "VALORE ATTESO"]);

/** A line holding only the other column titles ("Unità di misura", "Obiettivo"). */
export function isTableHeaderRest(line: SourceLine): boolean {
  return line.cells.every((cell) => cell === "" || HEADER_CELLS.has(normKey(cell)));
}

export interface RowStart {
  code: string;
  description: string;
  /** Cells after code and description on the same line (unit, target). */
  rest: string[];
}

const CODE = /^\d{1,10}$/;
const CODE_AND_TEXT = /^(\d{1,10})\s+(\S.*)$/;

/** "3826 DESCRIPTION", "4155⇥DESCRIPTION⇥Data⇥31/07/2025", "4004 DESCRIPTION⇥Numero⇥1". */
export function matchIndicatorRow(line: SourceLine): RowStart | null {
  const [first = "", second] = line.cells;
  if (CODE.test(first) && second !== undefined && /\p{L}/u.test(second)) {
    return { code: first, description: second, rest: line.cells.slice(2) };
  }
  const m = CODE_AND_TEXT.exec(first);
  if (!m || !/\p{L}/u.test(m[2] ?? "")) return null;
  return { code: m[1] ?? "", description: (m[2] ?? "").trim(), rest: line.cells.slice(1) };
}

export interface ActionHeading {
  number: number;
  title: string;
  line: number;
  /** How many logical lines the heading takes (1 to 3). */
  consumed: number;
}

const ACTION = /^AZIONE\s+(\d{1,2})(?:\s*[:.\-–]\s*|\s+|$)(.*)$/;

/** "AZIONE 2 TITLE", or "AZIONE" / "3" / "TITLE" on separate lines. */
export function matchActionHeading(lines: readonly SourceLine[], i: number): ActionHeading | null {
  const first = lines[i];
  if (!first || first.tabbed) return null;
  let text = first.text;
  let consumed = 1;
  if (text === "AZIONE") {
    const next = lines[i + 1];
    if (!next || next.tabbed) return null;
    text = `AZIONE ${next.text}`;
    consumed = 2;
  }
  const m = ACTION.exec(text);
  if (!m) return null;
  let title = (m[2] ?? "").trim();
  const titleLine = lines[i + consumed];
  if (title === "" && titleLine && isUpperCaseTitle(titleLine)) {
    title = titleLine.text;
    consumed++;
  }
  if (hasLowercase(title)) return null;
  return { number: Number(m[1]), title, line: first.line, consumed };
}

function isUpperCaseTitle(line: SourceLine): boolean {
  return !line.tabbed && !hasLowercase(line.text) && !/^\d/.test(line.text);
}

const UNIT_WORDS = "Area|Settore|Servizio|Ufficio|Direzione|Dipartimento|U\\.O\\.";
const UNIT_LINE = new RegExp(`^(?:${UNIT_WORDS})\\s+\\S`);

/** A line naming the responsible unit: "Area Risorse …", "Settore …". */
export function isUnitLine(line: SourceLine): boolean {
  return (
    !line.tabbed &&
    line.text.length <= 200 &&
    UNIT_LINE.test(line.text) &&
    !/[.;:]$/.test(line.text)
  );
}

const UNIT_START = new RegExp(`(^|\\s)(?:${UNIT_WORDS})\\s+(\\S+)`, "gu");

/**
 * Splits "TITLE IN CAPITALS Area Risorse …" where a capitalised unit word is
 * followed by a word with lower-case letters.
 */
export function splitTitleAndOwner(text: string): { title: string; owner: string | null } {
  for (const m of text.matchAll(UNIT_START)) {
    if (!hasLowercase(m[2] ?? "")) continue;
    const at = m.index + (m[1] ?? "").length;
    return { title: text.slice(0, at).trim(), owner: text.slice(at).trim() };
  }
  return { title: text.trim(), owner: null };
}

const ANNOUNCEMENT = /(\d+)?\s*AMBITI DI AZIONE/;

/** "… si prevedono 5 AMBITI DI AZIONE:": the count, or null when none is written. */
export function matchActionAnnouncement(line: SourceLine): { count: number | null } | null {
  if (!/AMBITI\s+DI\s+AZIONE/i.test(line.text)) return null;
  const m = ANNOUNCEMENT.exec(normKey(line.text));
  if (!m) return null;
  return { count: m[1] === undefined ? null : Number(m[1]) };
}
