/**
 * The fonts of the PDF renderer, resolved at run time from npm packages:
 * Titillium Web (the Italian PA design system's typeface, SIL OFL 1.1, from
 * `@fontsource/titillium-web`, split there into a "latin" and a "latin-ext"
 * file) and DejaVu Sans (Bitstream Vera licence, from `dejavu-fonts-ttf`) for
 * what Titillium lacks ("✓", arrows, Greek, …). A character no font has is
 * drawn as "?". See src/documents/fonts/README.md.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import * as fontkit from "fontkit";

export type Face = "regular" | "bold" | "italic";

export interface FontEntry {
  /** The name the font is registered under in every document. */
  name: string;
  font: fontkit.Font;
}

export interface Run {
  entry: FontEntry;
  text: string;
}

const requireFont = createRequire(import.meta.url);
const titillium = (subset: string, variant: string) =>
  `@fontsource/titillium-web/files/titillium-web-${subset}-${variant}.woff`;

const SOURCES: Record<Face, string[]> = {
  regular: [
    titillium("latin", "400-normal"),
    titillium("latin-ext", "400-normal"),
    "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  ],
  bold: [
    titillium("latin", "700-normal"),
    titillium("latin-ext", "700-normal"),
    "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  ],
  italic: [
    titillium("latin", "400-italic"),
    titillium("latin-ext", "400-italic"),
    "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
  ],
};

/** A face's fonts, and for each code point met so far the font that draws it and its width. */
interface Chain {
  entries: FontEntry[];
  glyphs: Map<number, Glyph>;
}

interface Glyph {
  /** Index of the font in the chain; −1: no font has it, "?" is drawn. */
  font: number;
  /** Advance width at 1 pt. */
  width: number;
}

let chains: Record<Face, Chain> | null = null;

/**
 * WOFF 1.0 as a plain TrueType/OpenType file (fontkit would inflate a WOFF
 * table again at every glyph it reads), without the tables named in `drop`.
 */
export function woffToSfnt(woff: Buffer, drop: string[] = []): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) return woff; // not "wOFF"
  const tags = Array.from({ length: woff.readUInt16BE(12) }, (_, i) => 44 + i * 20);
  const kept = tags.filter((at) => !drop.includes(woff.toString("latin1", at, at + 4)));
  const numTables = kept.length;
  const entries = kept.map((at) => {
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data };
  });
  const padded = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const size = entries.reduce((sum, e) => sum + padded(e.data.length), headerSize);
  const out = Buffer.alloc(size);
  const log2 = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(woff.readUInt32BE(4), 0); // flavor
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(16 * 2 ** log2, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(16 * numTables - 16 * 2 ** log2, 10);
  let offset = headerSize;
  entries.forEach((e, i) => {
    const at = 12 + 16 * i;
    out.writeUInt32BE(e.tag, at);
    out.writeUInt32BE(e.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(e.data.length, at + 12);
    e.data.copy(out, offset);
    offset += padded(e.data.length);
  });
  return out;
}

/**
 * Titillium loses its GSUB table (ligatures and other substitutions, which
 * Italian text does without): shaping a word is three times faster without
 * it, and extracted text gets plain letters. Kerning (GPOS) stays.
 */
const DROPPED_TABLES = ["GSUB"];

function loadFont(spec: string): fontkit.Font {
  const file = readFileSync(requireFont.resolve(spec));
  const font = fontkit.create(woffToSfnt(file, DROPPED_TABLES));
  if (!("layout" in font)) throw new Error(`${spec} is a font collection`);
  return font;
}

function loadChains(): Record<Face, Chain> {
  const make = (face: Face): Chain => ({
    entries: SOURCES[face].map((spec, i) => ({ name: `piao-${face}-${i}`, font: loadFont(spec) })),
    glyphs: new Map(),
  });
  return { regular: make("regular"), bold: make("bold"), italic: make("italic") };
}

function chain(face: Face): Chain {
  chains ??= loadChains();
  return chains[face];
}

/** Every font of every face, to register in a document. */
export function allFonts(): FontEntry[] {
  return (["regular", "bold", "italic"] as const).flatMap((face) => chain(face).entries);
}

/** The registered name of a face's main font. */
export function primaryName(face: Face): string {
  return (chain(face).entries[0] as FontEntry).name;
}

/** The first font of a face: its metrics drive the line layout. */
export function primary(face: Face): fontkit.Font {
  return (chain(face).entries[0] as FontEntry).font;
}

const QUESTION_MARK = 0x3f;

function glyphOf(c: Chain, cp: number): Glyph {
  let glyph = c.glyphs.get(cp);
  if (glyph === undefined) {
    const font = c.entries.findIndex((e) => e.font.hasGlyphForCodePoint(cp));
    const { font: f } = c.entries[Math.max(font, 0)] as FontEntry;
    const width = f.glyphForCodePoint(font < 0 ? QUESTION_MARK : cp).advanceWidth / f.unitsPerEm;
    glyph = { font, width };
    c.glyphs.set(cp, glyph);
  }
  return glyph;
}

/** Whether the face's main font draws the code point itself. */
export function inPrimary(face: Face, cp: number): boolean {
  return glyphOf(chain(face), cp).font === 0;
}

/** Splits text into runs of one font each; characters no font has become "?". */
export function runsOf(face: Face, text: string): Run[] {
  const c = chain(face);
  const runs: Run[] = [];
  let current = -1;
  let buffer = "";
  for (const ch of text) {
    const { font } = glyphOf(c, ch.codePointAt(0) as number);
    const index = Math.max(font, 0);
    if (index !== current) {
      if (buffer) runs.push({ entry: c.entries[current] as FontEntry, text: buffer });
      current = index;
      buffer = "";
    }
    buffer += font < 0 ? "?" : ch;
  }
  if (buffer) runs.push({ entry: c.entries[current] as FontEntry, text: buffer });
  return runs;
}

/**
 * Width of text at 1 pt with the fallback fonts: the sum of the glyphs'
 * advances (kerning, which pdfkit applies, mostly narrows text a little).
 */
export function widthOf(face: Face, text: string): number {
  const c = chain(face);
  let width = 0;
  for (const ch of text) width += glyphOf(c, ch.codePointAt(0) as number).width;
  return width;
}
