/**
 * Line layout: user text is wrapped here (never interpreted: no markup),
 * words too long for the line are broken, and each line is drawn run by run
 * in the font that has its characters.
 */
import type { Align } from "../../model.ts";
import { type Face, primary, runsOf, widthOf } from "./fonts.ts";

export interface TextStyle {
  face: Face;
  /** Font size, pt. */
  size: number;
  /** Line height, pt. */
  leading: number;
  color: string;
}

export interface Line {
  text: string;
  /** Width in pt at the style's size. */
  width: number;
  /**
   * The line ends where a space or a line break was: a space is drawn after
   * it, so that text extraction and assistive technology keep the words apart.
   */
  space?: boolean;
}

const HARD_BREAK = /\r\n|[\r\n\u2028\u2029]/;
// C0/C1 controls (but tab and line breaks) and invisible format characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what it removes
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** Removes what cannot be drawn and turns tabs into spaces. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\t/g, " ");
}

/** Pieces of a word between which a line may break: after "-" and "/". */
function piecesOf(word: string): string[] {
  if (!word.includes("-") && !word.includes("/")) return [word];
  return word.match(/[^-/]+[-/]*|[-/]+/g) ?? [word];
}

/** Breaks a piece wider than the line into chunks that fit. */
function breakLong(piece: string, style: TextStyle, max: number): Line[] {
  const chunks: Line[] = [];
  let text = "";
  let width = 0;
  for (const ch of piece) {
    const w = widthOf(style.face, ch) * style.size;
    if (text && width + w > max) {
      chunks.push({ text, width });
      text = "";
      width = 0;
    }
    text += ch;
    width += w;
  }
  if (text) chunks.push({ text, width });
  return chunks;
}

function wrapParagraph(paragraph: string, style: TextStyle, max: number, out: Line[]): void {
  const words = paragraph.split(/[ \t]+/).filter((w) => w !== "");
  const space = widthOf(style.face, " ") * style.size;
  let line: Line = { text: "", width: 0 };
  for (const word of words) {
    piecesOf(word).forEach((piece, k) => {
      const w = widthOf(style.face, piece) * style.size;
      const gap = line.text && k === 0 ? space : 0;
      if (line.width + gap + w <= max + 0.01) {
        line = { text: line.text + (gap ? " " : "") + piece, width: line.width + gap + w };
        return;
      }
      if (line.text) out.push({ ...line, space: k === 0 });
      line = { text: piece, width: w };
      if (w > max) {
        const chunks = breakLong(piece, style, max);
        line = chunks.pop() as Line;
        out.push(...chunks);
      }
    });
  }
  out.push({ ...line, space: true });
}

let cache: Map<string, Line[]> | null = null;

/** Runs `work` remembering the wrapped texts: the dry run and the drawing wrap the same. */
export function withWrapCache<T>(work: () => T): T {
  cache = new Map();
  try {
    return work();
  } finally {
    cache = null;
  }
}

/** Wraps text into lines no wider than `max` pt; "" gives one empty line. */
export function wrapText(text: string, style: TextStyle, max: number): Line[] {
  const key = cache ? `${style.face}|${style.size}|${max}|${text}` : "";
  const cached = cache?.get(key);
  if (cached) return cached;
  const lines = wrapAll(text, style, max);
  cache?.set(key, lines);
  return lines;
}

function wrapAll(text: string, style: TextStyle, max: number): Line[] {
  const lines: Line[] = [];
  for (const paragraph of cleanText(text).split(HARD_BREAK)) {
    wrapParagraph(paragraph, style, max, lines);
  }
  const last = lines[lines.length - 1] as Line;
  last.space = false;
  return lines;
}

/** The first line of text, cut with "…" if it does not fit. */
export function fitOneLine(text: string, style: TextStyle, max: number): Line {
  const lines = wrapText(text.replace(HARD_BREAK, " "), style, max);
  const first = lines[0] as Line;
  if (lines.length === 1) return first;
  let cut = first.text;
  const widthWith = (s: string) => widthOf(style.face, `${s}…`) * style.size;
  while (cut.length > 1 && widthWith(cut) > max) cut = cut.slice(0, -1);
  return { text: `${cut.trimEnd()}…`, width: widthWith(cut.trimEnd()) };
}

/** Baseline of a line whose box starts at `top`: capitals centred in the box. */
export function baselineOf(top: number, style: TextStyle): number {
  const font = primary(style.face);
  const cap = (font.capHeight || font.ascent * 0.7) / font.unitsPerEm;
  return top + (style.leading + cap * style.size) / 2;
}

/** Draws one line with its top at `top`, aligned in a box of `boxWidth` pt. */
export function drawLine(
  doc: PDFKit.PDFDocument,
  line: Line,
  x: number,
  top: number,
  style: TextStyle,
  align: Align = "left",
  boxWidth = line.width,
): void {
  if (!line.text) return;
  const free = boxWidth - line.width;
  let cx = x + (align === "right" ? free : align === "center" ? free / 2 : 0);
  const baseline = baselineOf(top, style);
  const runs = runsOf(style.face, line.space ? `${line.text} ` : line.text);
  doc.fillColor(style.color);
  for (const run of runs) {
    const width = runs.length === 1 ? line.width : widthOf(style.face, run.text) * style.size;
    doc.font(run.entry.name).fontSize(style.size);
    // textWidth and wordCount spare pdfkit measuring the text again.
    const options = { lineBreak: false, baseline: "alphabetic", textWidth: width, wordCount: 1 };
    doc.text(run.text, cx, baseline, options as PDFKit.Mixins.TextOptions);
    cx += width;
  }
}

/** Draws lines one under the other from `top`. */
export function drawLines(
  doc: PDFKit.PDFDocument,
  lines: Line[],
  x: number,
  top: number,
  style: TextStyle,
  align: Align = "left",
  boxWidth?: number,
): void {
  lines.forEach((line, i) => {
    drawLine(doc, line, x, top + i * style.leading, style, align, boxWidth ?? line.width);
  });
}
