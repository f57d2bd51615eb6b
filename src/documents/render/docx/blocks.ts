/**
 * The document's blocks as Word paragraphs and tables: one function per kind
 * of block, each giving the style ids of styles.ts.
 */

import { HeadingLevel, Paragraph, type Table, TableOfContents } from "docx";
import type { Block, ReportDocument } from "../../model.ts";
import { chartParagraphs } from "./chart.ts";
import { BULLETS, STYLE } from "./styles.ts";
import { dataTable, fieldsTable } from "./tables.ts";
import { textRuns } from "./text.ts";

export type Child = Paragraph | Table | TableOfContents;

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const PARAGRAPH_STYLES = { normal: STYLE.normal, note: STYLE.note, lead: STYLE.lead } as const;

/** Title and cover lines; then, when asked, the table of contents on a page of its own. */
export function frontMatter(doc: ReportDocument): Child[] {
  const cover: Child[] = [
    new Paragraph({ style: STYLE.title, children: textRuns(doc.metadata.title) }),
    ...doc.cover.map((line) => new Paragraph({ style: STYLE.coverLine, children: textRuns(line) })),
  ];
  if (!doc.toc) return cover;
  return [
    ...cover,
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: textRuns("Indice") }),
    new TableOfContents("Indice", { headingStyleRange: "1-3", hyperlink: true }),
  ];
}

/**
 * The body. What follows the cover (or the table of contents) starts on a new
 * page, and so does every heading 1; a page break just before one, or at the
 * end, would leave an empty page and is left out.
 */
export function bodyChildren(blocks: Block[]): Child[] {
  const children: Child[] = [];
  let newPage = true;
  blocks.forEach((block, i) => {
    if (block.type === "pageBreak") {
      const next = blocks[i + 1];
      newPage = next !== undefined && !isChapter(next);
      return;
    }
    if (newPage && !isChapter(block)) {
      children.push(new Paragraph({ style: STYLE.spacer, pageBreakBefore: true }));
    }
    children.push(...blockChildren(block));
    newPage = false;
  });
  return children;
}

function isChapter(block: Block): boolean {
  return block.type === "heading" && block.level === 1;
}

function blockChildren(block: Exclude<Block, { type: "pageBreak" }>): Child[] {
  switch (block.type) {
    case "heading":
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: block.level === 1,
          children: textRuns(block.text),
        }),
      ];
    case "paragraph":
      return [
        new Paragraph({
          style: PARAGRAPH_STYLES[block.style ?? "normal"],
          children: textRuns(block.text),
        }),
      ];
    case "list":
      return block.items.map(
        (item) =>
          new Paragraph({
            style: "ListParagraph",
            numbering: { reference: BULLETS, level: 0 },
            children: textRuns(item),
          }),
      );
    case "table":
      return dataTable(block);
    case "missing":
      return [new Paragraph({ style: STYLE.missing, children: textRuns(block.text) })];
    case "chart":
      return chartParagraphs(block);
    case "fields":
      return fieldsTable(block);
    case "signature":
      return signature(block.lines);
  }
}

/**
 * The lines in the right half of the page, kept together: who signs, a ruled
 * space to sign on, then the rest (e.g. the date).
 */
function signature(lines: string[]): Paragraph[] {
  const [first = "", ...rest] = lines;
  const line = (text: string, last: boolean, before?: number) =>
    new Paragraph({
      style: STYLE.signature,
      keepNext: !last,
      spacing: { before, after: last ? 360 : undefined },
      children: textRuns(text),
    });
  const rule = new Paragraph({
    style: STYLE.signature,
    keepNext: rest.length > 0,
    spacing: { before: 600, after: rest.length > 0 ? 240 : 360 },
    border: { bottom: { style: "single", size: 6, color: "000000", space: 1 } },
  });
  return [
    line(first, false, 480),
    rule,
    ...rest.map((text, i) => line(text, i === rest.length - 1)),
  ];
}
