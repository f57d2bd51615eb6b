/**
 * Sections: the entries of the INDICE, the headings in the text that open
 * them (also written differently, "SEZIONE 1.1: …" for "1.1 …"), the annexes
 * ("ALLEGATO …") that are not in the index, and the text of each.
 */
import type { Section } from "../../domain/plan.ts";
import { hasLowercase, normKey } from "../text-folding.ts";
import type { SourceLine } from "./lines.ts";

export interface IndexEntry {
  code: string | null;
  title: string;
  line: number;
}

export interface SectionDraft {
  code: string | null;
  title: string;
  inIndex: boolean;
  paragraphs: string[];
}

/** Headings are short; longer lines are prose. */
export const MAX_HEADING_LENGTH = 300;

const CODED_HEADING =
  /^(?:(?:SOTTO)?SEZIONE\s+)?(\d{1,2}(?:\.\d{1,2})*)\.?(?:\s*[:.\-–]\s*|\s+)(.*)$/i;

/** "SEZIONE 1: X" → 1, X; "2.2. PERFORMANCE" → 2.2, PERFORMANCE; "PREMESSA" → null, PREMESSA. */
export function parseHeadingText(text: string): { code: string | null; title: string } {
  const m = CODED_HEADING.exec(text.trim());
  if (!m) return { code: null, title: text.trim() };
  return { code: m[1] ?? null, title: (m[2] ?? "").trim() };
}

export function headingKey(code: string | null, title: string): string {
  return `${code ?? ""}|${normKey(title)}`;
}

const ANNEX = /^ALLEGATO\b/;

function isAnnexHeading(line: SourceLine): boolean {
  return ANNEX.test(line.text) && !hasLowercase(line.text);
}

export class SectionRegistry {
  private readonly drafts: SectionDraft[] = [];
  private readonly byKey = new Map<string, SectionDraft>();

  constructor(entries: readonly IndexEntry[]) {
    for (const entry of entries) {
      const draft = { code: entry.code, title: entry.title, inIndex: true, paragraphs: [] };
      this.drafts.push(draft);
      const key = headingKey(entry.code, entry.title);
      if (!this.byKey.has(key)) this.byKey.set(key, draft);
    }
  }

  /** True when the line opens a section (an index entry or an annex). */
  isHeading(line: SourceLine): boolean {
    return this.indexMatch(line) !== null || this.annexMatch(line);
  }

  /** The section the heading line opens, creating the annex section the first time. */
  open(line: SourceLine): SectionDraft | null {
    const found = this.indexMatch(line);
    if (found) return found;
    if (!this.annexMatch(line)) return null;
    const key = headingKey(null, line.text);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const draft = { code: null, title: line.text, inIndex: false, paragraphs: [] };
    this.drafts.push(draft);
    this.byKey.set(key, draft);
    return draft;
  }

  sections(): Section[] {
    return this.drafts.map((draft, position) => ({
      code: draft.code,
      title: draft.title,
      position,
      body: draft.paragraphs.join("\n\n"),
      inIndex: draft.inIndex,
    }));
  }

  private indexMatch(line: SourceLine): SectionDraft | null {
    if (line.tabbed || line.text.length > MAX_HEADING_LENGTH) return null;
    const { code, title } = parseHeadingText(line.text);
    return this.byKey.get(headingKey(code, title)) ?? null;
  }

  private annexMatch(line: SourceLine): boolean {
    return !line.tabbed && line.text.length <= MAX_HEADING_LENGTH && isAnnexHeading(line);
  }
}
