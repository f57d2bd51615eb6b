/**
 * The table of contents (headings of level 1 and 2). How many pages it takes
 * depends only on the headings' texts; on which pages they are, a dry run of
 * the layout tells before anything is drawn.
 */

import type { Bookmarks, PlacedHeading } from "./blocks.ts";
import {
  COLORS,
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  type Flow,
  PAGE,
  STYLES,
  type StructElement,
} from "./flow.ts";
import { baselineOf, drawLine, drawLines, type Line, type TextStyle, wrapText } from "./text.ts";

export const TOC_TITLE = "Indice";

const LEVEL: Record<1 | 2, { style: TextStyle; indent: number; before: number }> = {
  1: { style: { ...STYLES.body, face: "bold" }, indent: 0, before: 7 },
  2: { style: STYLES.body, indent: 16, before: 1 },
};
const NUMBER_WIDTH = 34;
const TITLE_BOTTOM = PAGE.top + STYLES.h1.leading + 22;

interface TocLine {
  level: 1 | 2;
  /** Page offset from the first page of the table of contents. */
  page: number;
  top: number;
  lines: Line[];
}

export interface TocLayout {
  lines: TocLine[];
  pages: number;
}

export function layoutToc(entries: { level: 1 | 2; text: string }[]): TocLayout {
  const lines: TocLine[] = [];
  let page = 0;
  let y = TITLE_BOTTOM;
  for (const entry of entries) {
    const { style, indent, before } = LEVEL[entry.level];
    const wrapped = wrapText(entry.text, style, CONTENT_WIDTH - indent - NUMBER_WIDTH - 8);
    const height = wrapped.length * style.leading;
    if (y + before + height > CONTENT_BOTTOM) {
      page += 1;
      y = PAGE.top;
    } else if (lines.length > 0) {
      y += before;
    }
    lines.push({ level: entry.level, page, top: y, lines: wrapped });
    y += height;
  }
  return { lines, pages: page + 1 };
}

function drawTitle(flow: Flow): void {
  const top = flow.y;
  const title = flow.element("H1");
  const line = wrapText(TOC_TITLE, STYLES.h1, CONTENT_WIDTH)[0] as Line;
  flow.mark(title, "H1", () => drawLine(flow.doc, line, PAGE.left, top, STYLES.h1));
  title.end();
  flow.artifact(() => {
    const y = top + STYLES.h1.leading + 4;
    flow.doc.moveTo(PAGE.left, y).lineTo(PAGE.left + CONTENT_WIDTH, y);
    flow.doc.lineWidth(1).strokeColor(COLORS.primary).stroke();
  });
}

function drawEntry(
  flow: Flow,
  line: TocLine,
  heading: PlacedHeading | undefined,
  parent: StructElement,
) {
  const { style, indent } = LEVEL[line.level];
  const x = PAGE.left + indent;
  const numberX = PAGE.left + CONTENT_WIDTH - NUMBER_WIDTH;
  const last = line.lines[line.lines.length - 1] as Line;
  const lastTop = line.top + (line.lines.length - 1) * style.leading;
  const number = wrapText(heading ? String(heading.page + 1) : "", style, NUMBER_WIDTH)[0] as Line;
  flow.artifact(() => {
    const baseline = baselineOf(lastTop, style);
    const end = numberX + NUMBER_WIDTH - number.width - 6;
    flow.doc.moveTo(x + last.width + 6, baseline).lineTo(end, baseline);
    flow.doc.lineWidth(0.8).dash(0.8, { space: 2.6 }).strokeColor(COLORS.muted).stroke().undash();
  });
  const toci = flow.element("TOCI", parent);
  const link = flow.element("Link", toci);
  flow.mark(link, "Link", () => {
    drawLines(flow.doc, [...line.lines.slice(0, -1), { ...last, space: true }], x, line.top, style);
    drawLine(flow.doc, number, numberX, lastTop, style, "right", NUMBER_WIDTH);
  });
  if (heading && !flow.dry) {
    const height = line.lines.length * style.leading;
    const annotation = { structParent: link, Contents: new String(heading.text) };
    flow.doc.goTo(x, line.top, CONTENT_WIDTH - indent, height, heading.dest, annotation as never);
  }
  link.end();
  toci.end();
}

/**
 * Draws the table of contents from the current (new) page on; `headings`
 * are where the body's headings of level 1–2 land, unknown in a dry run.
 */
export function drawToc(
  flow: Flow,
  layout: TocLayout,
  headings: PlacedHeading[],
  bookmarks: Bookmarks | null,
): void {
  bookmarks?.add(1, TOC_TITLE);
  drawTitle(flow);
  const toc = flow.element("TOC");
  let page = 0;
  layout.lines.forEach((line, i) => {
    for (; page < line.page; page++) flow.newPage();
    drawEntry(flow, line, headings[i], toc);
    flow.y = line.top + line.lines.length * LEVEL[line.level].style.leading;
  });
  toc.end();
}
