/**
 * The PDF renderer: a report document as an A4, tagged PDF/A-2a file with
 * embedded fonts, a cover, a table of contents, bookmarks, a running header
 * and page numbers.
 */
import PDFDocument from "pdfkit";
import type { Block, DocumentMetadata, ReportDocument } from "../model.ts";
import {
  Bookmarks,
  drawHeading,
  drawList,
  drawMissing,
  drawParagraph,
  drawSignature,
  type PlacedHeading,
  pageBreak,
} from "./pdf/blocks.ts";
import { drawChart } from "./pdf/chart.ts";
import { Flow, PAGE } from "./pdf/flow.ts";
import { allFonts } from "./pdf/fonts.ts";
import { drawCover, drawFurniture } from "./pdf/furniture.ts";
import { drawFields, drawTable } from "./pdf/tables.ts";
import { cleanText, withWrapCache } from "./pdf/text.ts";
import { drawToc, layoutToc } from "./pdf/toc.ts";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * pdfkit writes the document information into the XMP metadata without
 * escaping it: escape it there only (the Info dictionary is written before).
 */
function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const target = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const original = target._addInfo;
  if (typeof original !== "function") return;
  target._addInfo = function (this: typeof target) {
    const info = this.info;
    const escaped = Object.fromEntries(
      Object.entries(info).map(([k, v]) => [
        k,
        typeof v === "string" ? v.replace(/[&<>]/g, (c) => XML_ESCAPES[c] ?? c) : v,
      ]),
    );
    this.info = escaped;
    try {
      original.call(this);
    } finally {
      this.info = info;
    }
  };
}

/** The document's own date (or 1 January 1980), so the same document gives the same file. */
function documentDate(iso: string | null): Date {
  const date = iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? date : new Date(Date.UTC(1980, 0, 1));
}

function createDocument(metadata: DocumentMetadata): PDFKit.PDFDocument {
  const text = (s: string) => cleanText(s).replace(/[\r\n]+/g, " ");
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    pdfVersion: "1.7",
    subset: "PDF/A-2a",
    tagged: true,
    lang: metadata.lang || "it-IT",
    displayTitle: true,
    info: {
      Title: text(metadata.title),
      Author: text(metadata.author),
      Subject: text(metadata.subject),
      Keywords: text(metadata.keywords.join(", ")),
      Creator: "piao",
      CreationDate: documentDate(metadata.date),
    },
  });
  for (const entry of allFonts()) doc.registerFont(entry.name, entry.font as never);
  escapeXmpInfo(doc);
  return doc;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

function drawBlock(flow: Flow, block: Block, bookmarks: Bookmarks | null, placed: PlacedHeading[]) {
  switch (block.type) {
    case "heading":
      return drawHeading(flow, block, bookmarks, placed);
    case "paragraph":
      return drawParagraph(flow, block);
    case "list":
      return drawList(flow, block);
    case "table":
      return drawTable(flow, block);
    case "missing":
      return drawMissing(flow, block);
    case "chart":
      return drawChart(flow, block);
    case "fields":
      return drawFields(flow, block);
    case "signature":
      return drawSignature(flow, block);
    case "pageBreak":
      return pageBreak(flow);
  }
}

const inToc = (h: { level: number }): h is { level: 1 | 2 } => h.level <= 2;

interface Pass {
  pages: number;
  headings: PlacedHeading[];
}

/** Lays the document out (and draws it, given a document); `known` is a dry run's result. */
function run(flow: Flow, report: ReportDocument, known: Pass | null): Pass {
  const bookmarks = flow.dry ? null : new Bookmarks(flow.doc.outline);
  drawCover(flow, report);
  const entries = report.blocks.flatMap((b) =>
    b.type === "heading" && inToc(b) ? [{ level: b.level, text: b.text }] : [],
  );
  if (report.toc && entries.length > 0) {
    flow.newPage();
    drawToc(flow, layoutToc(entries), known?.headings.filter(inToc) ?? [], bookmarks);
  }
  if (report.blocks.length > 0) flow.newPage();
  const headings: PlacedHeading[] = [];
  for (const block of report.blocks) drawBlock(flow, block, bookmarks, headings);
  return { pages: flow.page + 1, headings };
}

/**
 * Renders the report as a PDF. A dry run of the layout first tells the page
 * count and the headings' pages, so pages are written as they are done.
 */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  return withWrapCache(() => {
    const dry = run(new Flow(null), report, null);
    const doc = createDocument(report.metadata);
    const result = collect(doc);
    const flow = new Flow(doc);
    flow.onPageDone = (page) => drawFurniture(flow, report, page, dry.pages);
    const drawn = run(flow, report, dry);
    flow.onPageDone(flow.page);
    if (drawn.pages !== dry.pages) throw new Error("PDF layout differs between its two passes");
    flow.root.end();
    doc.end();
    return result;
  });
}
