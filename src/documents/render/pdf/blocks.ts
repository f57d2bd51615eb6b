/** The text blocks: headings, paragraphs, lists, missing sections, signatures. */
import type { Block } from "../../model.ts";
import { COLORS, CONTENT_WIDTH, type Flow, PAGE, STYLES } from "./flow.ts";
import { drawLine, drawLines, type TextStyle, wrapText } from "./text.ts";

type BlockOf<T extends Block["type"]> = Extract<Block, { type: T }>;

/** Where a heading landed, for the table of contents. */
export interface PlacedHeading {
  level: 1 | 2 | 3;
  text: string;
  /** 0-based page index. */
  page: number;
  /** Named destination at the heading. */
  dest: string;
}

const HEADING = {
  1: { style: STYLES.h1, before: 0, after: 14 },
  2: { style: STYLES.h2, before: 16, after: 8 },
  3: { style: STYLES.h3, before: 12, after: 6 },
} as const;

/** Space a heading keeps for what follows it on its page. */
const KEEP_WITH_NEXT = 48;
const PARAGRAPH_GAP = 8;

/** Bookmarks nested by heading level. */
export class Bookmarks {
  private readonly open: (PDFKit.PDFOutline | undefined)[] = [];
  constructor(private readonly outline: PDFKit.PDFOutline) {}

  add(level: number, title: string): void {
    let parent = this.outline;
    for (let l = level - 1; l >= 1; l--) {
      const candidate = this.open[l];
      if (candidate) {
        parent = candidate;
        break;
      }
    }
    this.open[level] = parent.addItem(title, { expanded: level === 1 });
    this.open.length = level + 1;
  }
}

export function drawHeading(
  flow: Flow,
  block: BlockOf<"heading">,
  bookmarks: Bookmarks | null,
  placed: PlacedHeading[],
): void {
  const { style, before, after } = HEADING[block.level];
  if (block.level === 1 && flow.used) flow.newPage();
  const lines = wrapText(block.text, style, CONTENT_WIDTH);
  const height = lines.length * style.leading;
  flow.ensure(before + height + KEEP_WITH_NEXT);
  if (flow.used) flow.y += before;
  const dest = `h${placed.length + 1}`;
  flow.destination(dest);
  const title = lines.map((l) => l.text).join(" ");
  bookmarks?.add(block.level, title);
  placed.push({ level: block.level, text: title, page: flow.page, dest });
  const tag = `H${block.level}`;
  const element = flow.element(tag);
  flow.flowLines(lines, style, element, tag);
  element.end();
  if (block.level === 1) {
    const y = flow.y + 4;
    flow.artifact(() => {
      flow.doc.moveTo(PAGE.left, y).lineTo(PAGE.left + CONTENT_WIDTH, y);
      flow.doc.lineWidth(1).strokeColor(COLORS.primary).stroke();
    });
    flow.y += 4;
  }
  flow.y += after;
}

const PARAGRAPH_STYLES: Record<string, TextStyle> = {
  normal: STYLES.body,
  lead: STYLES.lead,
  note: STYLES.note,
};

export function drawParagraph(flow: Flow, block: BlockOf<"paragraph">): void {
  const style = PARAGRAPH_STYLES[block.style ?? "normal"] ?? STYLES.body;
  const lines = wrapText(block.text, style, CONTENT_WIDTH);
  const p = flow.element("P");
  flow.flowLines(lines, style, p, "P");
  p.end();
  flow.y += PARAGRAPH_GAP;
}

const BULLET_INDENT = 16;

export function drawList(flow: Flow, block: BlockOf<"list">): void {
  if (block.items.length === 0) return;
  const style = STYLES.body;
  const list = flow.element("L");
  for (const item of block.items) {
    const lines = wrapText(item, style, CONTENT_WIDTH - BULLET_INDENT);
    flow.ensure(style.leading);
    const li = flow.element("LI", list);
    const label = flow.element("Lbl", li);
    const top = flow.y;
    flow.mark(label, "Lbl", () => {
      drawLine(flow.doc, { text: "•", width: 0 }, PAGE.left + 4, top, style);
    });
    label.end();
    const body = flow.element("LBody", li);
    flow.flowLines(lines, style, body, "LBody", {
      x: PAGE.left + BULLET_INDENT,
      width: CONTENT_WIDTH - BULLET_INDENT,
    });
    body.end();
    li.end();
    flow.y += 3;
  }
  list.end();
  flow.y += PARAGRAPH_GAP - 3;
}

const BOX_PADDING = 9;

export function drawMissing(flow: Flow, block: BlockOf<"missing">): void {
  const style = STYLES.missing;
  const width = CONTENT_WIDTH - 2 * BOX_PADDING;
  const lines = wrapText(block.text, style, width);
  flow.ensure(Math.min(lines.length * style.leading + 2 * BOX_PADDING, PAGE.height / 3));
  flow.y += BOX_PADDING;
  const p = flow.element("P");
  flow.flowLines(lines, style, p, "P", {
    x: PAGE.left + BOX_PADDING,
    width,
    reserve: BOX_PADDING,
    background: (top, height) => {
      const { doc } = flow;
      doc.rect(PAGE.left, top - BOX_PADDING, CONTENT_WIDTH, height + 2 * BOX_PADDING);
      doc.lineWidth(0.75).fillAndStroke(COLORS.box, COLORS.boxBorder);
      doc.rect(PAGE.left, top - BOX_PADDING, 3, height + 2 * BOX_PADDING).fill(COLORS.muted);
    },
  });
  p.end();
  flow.y += BOX_PADDING + PARAGRAPH_GAP + 4;
}

const SIGNATURE_WIDTH = 250;
const SIGNATURE_SPACE = 36;

/** Lines on the right half of the page, then a rule to sign on. */
export function drawSignature(flow: Flow, block: BlockOf<"signature">): void {
  const style = STYLES.body;
  const x = PAGE.left + CONTENT_WIDTH - SIGNATURE_WIDTH;
  const groups = block.lines.map((line) => wrapText(line, style, SIGNATURE_WIDTH));
  const textHeight = groups.reduce((sum, lines) => sum + lines.length * style.leading, 0);
  flow.ensure(24 + textHeight + SIGNATURE_SPACE + 6);
  if (flow.used) flow.y += 24;
  for (const lines of groups) {
    const top = flow.y;
    const p = flow.element("P");
    flow.mark(p, "P", () => drawLines(flow.doc, lines, x, top, style, "center", SIGNATURE_WIDTH));
    p.end();
    flow.y += lines.length * style.leading;
  }
  const y = flow.y + SIGNATURE_SPACE;
  flow.artifact(() => {
    flow.doc.moveTo(x + 10, y).lineTo(x + SIGNATURE_WIDTH - 10, y);
    flow.doc.lineWidth(0.75).strokeColor(COLORS.text).stroke();
  });
  flow.used = true;
  flow.y = y + 6 + PARAGRAPH_GAP;
}

export function pageBreak(flow: Flow): void {
  if (flow.used) flow.newPage();
}
