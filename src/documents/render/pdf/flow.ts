/**
 * The page geometry, the styles and the cursor that blocks are laid out with:
 * the cursor moves down the page and onto new ones; everything drawn is
 * either tagged content of a structure element or an artifact.
 */
import type { Align } from "../../model.ts";
import { drawLines, type Line, type TextStyle } from "./text.ts";

/** A4 in pt, with its margins. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 62,
  right: 62,
  top: 78,
  bottom: 70,
} as const;

export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;
export const CONTENT_HEIGHT = CONTENT_BOTTOM - PAGE.top;

export const COLORS = {
  text: "#1a1a1a",
  primary: "#0066cc",
  heading: "#17324d",
  muted: "#5c6f82",
  rule: "#c5c7c9",
  zebra: "#f2f7fc",
  box: "#eef0f3",
  boxBorder: "#a9b4bf",
  white: "#ffffff",
} as const;

const style = (face: TextStyle["face"], size: number, leading: number, color: string) => ({
  face,
  size,
  leading,
  color,
});

export const STYLES = {
  body: style("regular", 10.5, 15, COLORS.text),
  lead: style("regular", 12.5, 18, COLORS.text),
  note: style("regular", 8.5, 12, COLORS.muted),
  missing: style("italic", 10.5, 15, COLORS.muted),
  h1: style("bold", 18, 23, COLORS.primary),
  h2: style("bold", 14, 19, COLORS.heading),
  h3: style("bold", 11.5, 16, COLORS.heading),
  caption: style("bold", 9.5, 13, COLORS.heading),
  cell: style("regular", 8.5, 11, COLORS.text),
  headerCell: style("bold", 8.5, 11, COLORS.white),
  emptyCell: style("italic", 8.5, 11, COLORS.muted),
  label: style("bold", 9.5, 13, COLORS.muted),
  value: style("regular", 10, 13.5, COLORS.text),
  furniture: style("regular", 8, 10, COLORS.muted),
} satisfies Record<string, TextStyle>;

export type StructElement = PDFKit.PDFStructureElement;

/** What a structure element is while laying out only. */
const DRY_ELEMENT = {
  add: () => DRY_ELEMENT,
  end: () => {},
  setParent: () => {},
  setAttached: () => {},
} as unknown as StructElement;

/**
 * The cursor. Without a document it only lays out (a dry run, to learn the
 * page count and where the headings land); the same calls then draw.
 */
export class Flow {
  /** Top of the free space on the current page. */
  y: number = PAGE.top;
  /** Whether anything was placed on the current page. */
  used = false;
  /** 0-based index of the current page. */
  page = 0;
  readonly root: StructElement;
  /** Called when the cursor leaves a page (and at the end), with its index. */
  onPageDone: ((page: number) => void) | null = null;

  constructor(private readonly pdf: PDFKit.PDFDocument | null) {
    this.root = pdf ? pdf.struct("Document") : DRY_ELEMENT;
    pdf?.addStructure(this.root);
  }

  get dry(): boolean {
    return this.pdf === null;
  }

  get doc(): PDFKit.PDFDocument {
    if (!this.pdf) throw new Error("a dry run draws nothing");
    return this.pdf;
  }

  get room(): number {
    return CONTENT_BOTTOM - this.y;
  }

  newPage(): void {
    this.onPageDone?.(this.page);
    this.pdf?.addPage();
    this.page += 1;
    this.y = PAGE.top;
    this.used = false;
  }

  /** Goes to a new page unless `height` fits below the cursor or the page is still empty. */
  ensure(height: number): void {
    if (this.used && height > this.room) this.newPage();
  }

  /** A structure element under `parent` (the document by default). */
  element(tag: string, parent: StructElement = this.root, options?: { alt?: string }) {
    if (!this.pdf) return DRY_ELEMENT;
    const element = this.pdf.struct(tag, options ?? {});
    parent.add(element);
    return element;
  }

  /** Draws content that belongs to `element`. */
  mark(element: StructElement, tag: string, draw: () => void): void {
    this.used = true;
    if (!this.pdf) return;
    const content = this.pdf.markStructureContent(tag);
    draw();
    this.pdf.endMarkedContent();
    element.add(content);
  }

  /** Draws what is not content: rules, backgrounds, page furniture, repeated headers. */
  artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    if (!this.pdf) return;
    this.pdf.markContent("Artifact", { type });
    this.pdf.save();
    draw();
    this.pdf.restore();
    this.pdf.endMarkedContent();
  }

  /** A named destination at the cursor. */
  destination(name: string): void {
    this.pdf?.addNamedDestination(name, "XYZ", 0, this.y, 0);
  }

  /**
   * Draws lines as the content of `element`, from the cursor down, onto new
   * pages as needed; `background` is drawn (as an artifact) under each page's part.
   */
  flowLines(
    lines: Line[],
    textStyle: TextStyle,
    element: StructElement,
    tag: string,
    options: FlowOptions = {},
  ): void {
    const { x = PAGE.left, width = CONTENT_WIDTH, align = "left", reserve = 0 } = options;
    let i = 0;
    while (i < lines.length) {
      let fit = Math.floor((this.room - reserve + 0.01) / textStyle.leading);
      const left = lines.length - i;
      if (this.used && (fit < 1 || (fit === 1 && left > 1))) {
        this.newPage();
        fit = Math.floor((this.room - reserve + 0.01) / textStyle.leading);
      }
      const part = lines.slice(i, i + Math.max(1, fit));
      const top = this.y;
      const height = part.length * textStyle.leading;
      if (options.background) {
        const draw = options.background;
        this.artifact(() => draw(top, height));
      }
      this.mark(element, tag, () => drawLines(this.doc, part, x, top, textStyle, align, width));
      this.y += height;
      i += part.length;
      if (i < lines.length) this.newPage();
    }
  }
}

export interface FlowOptions {
  x?: number;
  width?: number;
  align?: Align;
  /** Space to keep free under the lines on each page, pt. */
  reserve?: number;
  background?: (top: number, height: number) => void;
}
