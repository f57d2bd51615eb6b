/**
 * Tables and label/value grids: wrapped cells, rows that go on to the next
 * page (a row taller than a page is split), the header row repeated on every
 * page the table spans (as an artifact: it is tagged once).
 */
import type { Align } from "../../model.ts";
import { COLORS, CONTENT_HEIGHT, type Flow, PAGE, type StructElement } from "./flow.ts";
import { drawLines, type Line, type TextStyle, wrapText } from "./text.ts";

export const PAD_X = 4;
export const PAD_Y = 3.5;

export interface GridCell {
  x: number;
  width: number;
  align: Align;
  style: TextStyle;
  tag: "TH" | "TD";
  lines: Line[];
}

export interface GridRow {
  cells: GridCell[];
  fill: string | null;
}

export interface CellSpec {
  x: number;
  width: number;
  align: Align;
  text: string;
}

/** Wraps each cell's text in its column. */
export function makeRow(
  specs: CellSpec[],
  style: TextStyle,
  tag: "TH" | "TD",
  fill: string | null,
): GridRow {
  const cells = specs.map((s) => ({
    x: s.x,
    width: s.width,
    align: s.align,
    style,
    tag,
    lines: wrapText(s.text, style, s.width - 2 * PAD_X),
  }));
  return { cells, fill };
}

function heightFrom(row: GridRow, from: number[]): number {
  let height = 0;
  row.cells.forEach((cell, c) => {
    height = Math.max(height, (cell.lines.length - (from[c] ?? 0)) * cell.style.leading);
  });
  return height + 2 * PAD_Y;
}

export function rowHeight(row: GridRow): number {
  return heightFrom(row, []);
}

const HUGE_HEADER = CONTENT_HEIGHT / 4;

export class GridWriter {
  private readonly header: GridRow | null;
  private readonly hugeHeader: GridRow | null;
  private readonly headerHeight: number;

  constructor(
    private readonly flow: Flow,
    private readonly table: StructElement,
    header: GridRow | null,
  ) {
    const height = header ? rowHeight(header) : 0;
    // A header taller than a quarter of a page is drawn once, as a row.
    this.header = header && height <= HUGE_HEADER ? header : null;
    this.hugeHeader = header && !this.header ? header : null;
    this.headerHeight = this.header ? height : 0;
  }

  /** Draws the header row: tagged the first time, an artifact when repeated. */
  drawHeader(tagged: boolean): void {
    if (tagged && this.hugeHeader) this.drawRow(this.hugeHeader);
    if (!this.header) return;
    if (tagged) this.drawRow(this.header);
    else this.drawPart(this.header, [], null, null);
  }

  drawRow(row: GridRow): void {
    const tr = this.flow.element("TR", this.table);
    const elements = row.cells.map((cell) => this.flow.element(cell.tag, tr));
    let from = row.cells.map(() => 0);
    for (;;) {
      const need = heightFrom(row, from);
      if (need <= this.flow.room) {
        this.drawPart(row, from, null, elements);
        break;
      }
      const leading = Math.max(...row.cells.map((c) => c.style.leading));
      const fresh = !this.flow.used || this.flow.room >= CONTENT_HEIGHT - this.headerHeight;
      if (!fresh && (need <= CONTENT_HEIGHT - this.headerHeight || this.flow.room < 3 * leading)) {
        this.pageBreak();
        continue;
      }
      const counts = this.fitting(row, from);
      this.drawPart(row, from, counts, elements);
      from = from.map((f, c) => f + (counts[c] ?? 0));
      this.pageBreak();
    }
    for (const element of elements) element.end();
    tr.end();
  }

  /** How many more lines of each cell fit on this page. */
  private fitting(row: GridRow, from: number[]): number[] {
    const room = this.flow.room - 2 * PAD_Y;
    return row.cells.map((cell, c) => {
      const left = cell.lines.length - (from[c] ?? 0);
      return Math.max(0, Math.min(left, Math.floor(room / cell.style.leading)));
    });
  }

  private pageBreak(): void {
    this.flow.newPage();
    this.drawHeader(false);
  }

  /** Draws lines [from, from + count) of each cell (all the rest if no counts). */
  private drawPart(
    row: GridRow,
    from: number[],
    counts: number[] | null,
    elements: StructElement[] | null,
  ): void {
    const { flow } = this;
    const parts = row.cells.map((cell, c) => {
      const start = from[c] ?? 0;
      return cell.lines.slice(start, counts ? start + (counts[c] ?? 0) : undefined);
    });
    let height = 0;
    parts.forEach((lines, c) => {
      height = Math.max(height, lines.length * (row.cells[c] as GridCell).style.leading);
    });
    height += 2 * PAD_Y;
    const top = flow.y;
    const first = row.cells[0];
    const last = row.cells[row.cells.length - 1];
    const left = first ? first.x : PAGE.left;
    const right = last ? last.x + last.width : PAGE.left;
    flow.artifact(() => {
      if (row.fill) flow.doc.rect(left, top + 0.3, right - left, height - 0.3).fill(row.fill);
      flow.doc.moveTo(left, top + height).lineTo(right, top + height);
      flow.doc.lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    });
    parts.forEach((lines, c) => {
      const cell = row.cells[c] as GridCell;
      if (!lines.some((l) => l.text)) return;
      const draw = () =>
        drawLines(
          flow.doc,
          lines,
          cell.x + PAD_X,
          top + PAD_Y,
          cell.style,
          cell.align,
          cell.width - 2 * PAD_X,
        );
      const element = elements?.[c];
      if (element) flow.mark(element, cell.tag, draw);
      else flow.artifact(draw, "Pagination");
    });
    flow.used = true;
    flow.y = top + height;
  }
}
